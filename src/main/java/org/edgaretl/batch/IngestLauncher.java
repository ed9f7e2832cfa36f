package org.edgaretl.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Starts an ingest of an input into an output directory, or resumes the last one. The job instance is
 * identified by input, output, run date (scheduled runs), source list (reprocessing) and a run number: an
 * unfinished run (failed, stopped, or left STARTED by a crash, which is recovered first) is restarted from
 * its last committed chunk. After a completed run, a run with a run date reports that run again (the night
 * is done) unless asked to redo it; a manual run starts the next run number, a fresh instance whose CSV
 * files hold the files it processes (all of them, or with the source registry only new and changed ones).
 * The caller must hold the output directory's lock, which is what makes a STARTED execution safe to recover.
 */
@Component
public class IngestLauncher {

    private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN = "run";
    static final String RUN_DATE = "run-date";
    static final String ONLY = "only";
    static final String REPROCESS = "reprocess";
    static final String INPUT_STATE = "input.state";
    /** How many file ranges the run was cut into: fixed when it starts, so a restart with other settings keeps them. */
    static final String PARTITIONS = "partitions";

    /** The execution an ingest ended with, and whether it was an earlier one found already complete. */
    public record Launch(JobExecution execution, boolean alreadyComplete) {
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestFilingsJob;
    private final ScaleProperties scale;

    public IngestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job ingestFilingsJob,
                          ScaleProperties scale) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestFilingsJob = ingestFilingsJob;
        this.scale = scale;
    }

    public JobExecution ingest(Path input, Path output) throws Exception {
        return ingest(input, output, false);
    }

    /**
     * @param fresh abandon an unfinished run of this input and output instead of resuming it (for example
     *              after its output files were deleted), and start over
     */
    public JobExecution ingest(Path input, Path output, boolean fresh) throws Exception {
        return launch(new IngestRequest(input, output, fresh, null, false, null)).execution();
    }

    /** Like {@link #ingest(Path, Path, boolean)}, cutting a new run into this many file ranges. */
    public JobExecution ingest(Path input, Path output, boolean fresh, int partitions) throws Exception {
        return launch(new IngestRequest(input, output, fresh, null, false, null), partitions).execution();
    }

    public Launch launch(IngestRequest request) throws Exception {
        return launch(request, null);
    }

    /**
     * @param partitions how many file ranges a new run is cut into, instead of {@code edgar.partitions};
     *                   {@code null} for that default. A restart keeps its first run's.
     */
    public Launch launch(IngestRequest request, Integer partitions) throws Exception {
        String in = request.input().toAbsolutePath().normalize().toString();
        String out = request.output().toAbsolutePath().normalize().toString();
        String only = request.only() == null ? null : request.only().toAbsolutePath().normalize().toString();
        Optional<JobExecution> last = lastExecution(in, out, request.runDate(), only);
        String inputState = InputState.of(request.input());
        if (last.isPresent()) {
            JobExecution previous = last.get();
            BatchStatus status = previous.getStatus();
            if (status.isRunning()) {
                previous = jobOperator.recover(previous);
                status = previous.getStatus();
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                if (!request.fresh()) {
                    log.info("resuming ingest execution {} ({}) from its last committed chunk", previous.getId(), status);
                    return new Launch(jobOperator.restart(previous), false);
                }
                jobOperator.abandon(previous);
            }
            boolean unchanged = inputState.equals(previous.getJobParameters().getString(INPUT_STATE));
            if (status == BatchStatus.COMPLETED && !request.fresh() && !request.reprocess()
                    && (request.runDate() != null || unchanged)) {
                // Nothing to do: a new instance would skip every file and rewrite the outputs empty.
                return new Launch(previous, true);
            }
        }
        long run = last.map(e -> e.getJobParameters().getLong(RUN)).map(r -> r + 1).orElse(1L);
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(INPUT, in)
                .addString(OUTPUT, out)
                .addLong(RUN, run)
                .addString(REPROCESS, Boolean.toString(request.reprocess()), false)
                .addString(INPUT_STATE, inputState, false)
                .addLong(PARTITIONS, (partitions != null ? partitions : scale.partitions()).longValue(), false);
        if (request.runDate() != null) {
            parameters.addString(RUN_DATE, request.runDate());
        }
        if (only != null) {
            parameters.addString(ONLY, only);
        }
        log.info("starting ingest run {} of {} into {}", run, in, out);
        return new Launch(jobOperator.start(ingestFilingsJob, parameters.toJobParameters()), false);
    }

    /** Whether the last run of this request failed, stopped or was left running, so that it would be resumed. */
    public boolean hasUnfinished(IngestRequest request) {
        String only = request.only() == null ? null : request.only().toAbsolutePath().normalize().toString();
        return lastExecution(request.input().toAbsolutePath().normalize().toString(),
                request.output().toAbsolutePath().normalize().toString(), request.runDate(), only)
                .map(e -> e.getStatus().isRunning() || e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)
                .orElse(false);
    }

    /** The newest execution of the ingest job for this input and output directory (and run date, source list). */
    Optional<JobExecution> lastExecution(String input, String output, String runDate, String only) {
        int page = 100;
        for (int start = 0; ; start += page) {
            var instances = jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, start, page);
            for (JobInstance instance : instances) {
                JobExecution execution = jobRepository.getLastJobExecution(instance);
                if (execution == null) {
                    continue;
                }
                JobParameters p = execution.getJobParameters();
                if (input.equals(p.getString(INPUT)) && output.equals(p.getString(OUTPUT))
                        && Objects.equals(runDate, p.getString(RUN_DATE)) && Objects.equals(only, p.getString(ONLY))) {
                    return Optional.of(execution);
                }
            }
            if (instances.size() < page) {
                return Optional.empty();
            }
        }
    }

    Optional<JobExecution> lastExecution(String input, String output) {
        return lastExecution(input, output, null, null);
    }
}
