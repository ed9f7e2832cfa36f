package org.edgaretl.batch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.edgaretl.fetch.FetchRequest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts a fetch, or resumes the last one of the same request (days, filters, destination, mode): an
 * unfinished execution (failed, stopped, or left STARTED by a crash, recovered first) is restarted; after a
 * completed one the same request is a new run, which finds its files on disk and downloads only what is
 * missing (nothing, when the night is complete). The caller holds the destination's lock.
 */
@Component
public class FetchLauncher {

    static final String FROM = "from";
    static final String TO = "to";
    static final String DEST = "dest";
    static final String FORMS = "forms";
    static final String CIKS = "ciks";
    static final String FEED = "feed";
    static final String QUARTERLY = "quarterly";
    static final String RUN = "run";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job fetchFilingsJob;

    public FetchLauncher(JobOperator jobOperator, JobRepository jobRepository,
                         @Qualifier(FetchJobConfiguration.JOB_NAME) Job fetchFilingsJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.fetchFilingsJob = fetchFilingsJob;
    }

    public JobExecution fetch(FetchRequest request) throws Exception {
        JobParameters identity = identifying(request, 0).toJobParameters();
        Optional<JobExecution> last = lastExecution(identity);
        if (last.isPresent()) {
            JobExecution previous = last.get();
            if (previous.getStatus().isRunning()) {
                previous = jobOperator.recover(previous);
            }
            if (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED) {
                return jobOperator.restart(previous);
            }
        }
        long run = last.map(e -> e.getJobParameters().getLong(RUN)).map(r -> r + 1).orElse(1L);
        return jobOperator.start(fetchFilingsJob, identifying(request, run).toJobParameters());
    }

    private static JobParametersBuilder identifying(FetchRequest request, long run) {
        return new JobParametersBuilder()
                .addString(FROM, request.from().toString())
                .addString(TO, request.to().toString())
                .addString(DEST, request.dest().toString())
                .addString(FORMS, String.join(",", request.forms()))
                .addString(CIKS, String.join(",", new TreeSet<>(request.ciks())))
                .addString(FEED, Boolean.toString(request.feed()))
                .addString(QUARTERLY, Boolean.toString(request.quarterly()))
                .addLong(RUN, run);
    }

    /** The request a fetch execution stands for, from its parameters. */
    public static FetchRequest request(JobParameters p) {
        return new FetchRequest(LocalDate.parse(p.getString(FROM)), LocalDate.parse(p.getString(TO)),
                split(p.getString(FORMS)), Set.copyOf(split(p.getString(CIKS))), java.nio.file.Path.of(p.getString(DEST)),
                Boolean.parseBoolean(p.getString(FEED)), Boolean.parseBoolean(p.getString(QUARTERLY)));
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    /** The newest execution of the fetch job with the same identifying parameters, the run number aside. */
    Optional<JobExecution> lastExecution(JobParameters wanted) {
        int page = 100;
        for (int start = 0; ; start += page) {
            var instances = jobRepository.getJobInstances(FetchJobConfiguration.JOB_NAME, start, page);
            for (JobInstance instance : instances) {
                JobExecution execution = jobRepository.getLastJobExecution(instance);
                if (execution != null && sameRequest(execution.getJobParameters(), wanted)) {
                    return Optional.of(execution);
                }
            }
            if (instances.size() < page) {
                return Optional.empty();
            }
        }
    }

    private static boolean sameRequest(JobParameters a, JobParameters b) {
        for (String key : List.of(FROM, TO, DEST, FORMS, CIKS, FEED, QUARTERLY)) {
            if (!Objects.equals(a.getString(key), b.getString(key))) {
                return false;
            }
        }
        return true;
    }
}
