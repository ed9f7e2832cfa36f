package org.edgaretl.batch;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts an ingest of an input directory into an output directory, or resumes the last one. The job
 * instance is identified by input, output and a run number: an unfinished run (failed, stopped, or left
 * STARTED by a crash, which is recovered first) is restarted from its last committed chunk; after a
 * completed run the next run number starts a fresh instance that rewrites the same outputs. The caller
 * must hold the output directory's lock, which is what makes a STARTED execution safe to recover.
 */
@Component
public class IngestLauncher {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN = "run";
    static final String PARTITIONS = "partitions";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestFilingsJob;

    public IngestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job ingestFilingsJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestFilingsJob = ingestFilingsJob;
    }

    public JobExecution ingest(Path input, Path output) throws Exception {
        return ingest(input, output, false);
    }

    /**
     * @param fresh abandon an unfinished run of this input and output instead of resuming it (for example
     *              after its output files were deleted), and start over
     */
    public JobExecution ingest(Path input, Path output, boolean fresh) throws Exception {
        return ingest(input, output, fresh, null);
    }

    /**
     * @param partitions how many file ranges to cut the input into for a new run, instead of
     *                   {@code edgar.partitions}; {@code null} for the default. A restart keeps the first run's.
     */
    public JobExecution ingest(Path input, Path output, boolean fresh, Integer partitions) throws Exception {
        String in = input.toAbsolutePath().normalize().toString();
        String out = output.toAbsolutePath().normalize().toString();
        Optional<JobExecution> last = lastExecution(in, out);
        if (last.isPresent()) {
            JobExecution previous = last.get();
            BatchStatus status = previous.getStatus();
            if (status.isRunning()) {
                previous = jobOperator.recover(previous);
                status = previous.getStatus();
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                if (!fresh) {
                    return jobOperator.restart(previous);
                }
                jobOperator.abandon(previous);
            }
        }
        long run = last.map(e -> e.getJobParameters().getLong(RUN)).map(r -> r + 1).orElse(1L);
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(INPUT, in)
                .addString(OUTPUT, out)
                .addLong(RUN, run);
        if (partitions != null) {
            parameters.addLong(PARTITIONS, partitions.longValue(), false);
        }
        return jobOperator.start(ingestFilingsJob, parameters.toJobParameters());
    }

    /** The newest execution of the ingest job for this input and output directory. */
    Optional<JobExecution> lastExecution(String input, String output) {
        int page = 100;
        for (int start = 0; ; start += page) {
            var instances = jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, start, page);
            for (JobInstance instance : instances) {
                JobExecution execution = jobRepository.getLastJobExecution(instance);
                if (execution != null && input.equals(execution.getJobParameters().getString(INPUT))
                        && output.equals(execution.getJobParameters().getString(OUTPUT))) {
                    return Optional.of(execution);
                }
            }
            if (instances.size() < page) {
                return Optional.empty();
            }
        }
    }
}
