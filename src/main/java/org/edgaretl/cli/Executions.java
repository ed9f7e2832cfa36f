package org.edgaretl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.edgaretl.batch.IngestJobConfiguration;
import org.edgaretl.batch.PartMerger;
import org.edgaretl.batch.RunSummary;
import org.edgaretl.io.OutputLock;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** The ingest job's executions as the job repository holds them, and their rendering for operators. */
final class Executions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Executions() {
    }

    /** Every execution of the ingest job, newest first. */
    static List<JobExecution> all(JobRepository repository) {
        List<JobExecution> executions = new ArrayList<>();
        int page = 100;
        for (int start = 0; ; start += page) {
            List<JobInstance> instances = repository.getJobInstances(IngestJobConfiguration.JOB_NAME, start, page);
            for (JobInstance instance : instances) {
                executions.addAll(repository.getJobExecutions(instance));
            }
            if (instances.size() < page) {
                break;
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return executions;
    }

    /** The last execution of each instance that did not complete (failed, stopped, or still marked running). */
    static List<JobExecution> unfinished(List<JobExecution> all) {
        List<JobExecution> out = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        for (JobExecution e : all) {
            long instance = e.getJobInstance().getInstanceId();
            if (seen.contains(instance)) {
                continue;
            }
            seen.add(instance);
            switch (e.getStatus()) {
                case COMPLETED, ABANDONED -> { }
                default -> out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether a process holds the execution's output lock: a STARTED execution whose lock is free was left by
     * a crash. Probing takes the lock for an instant, so call it only when no run of this process holds it.
     */
    static Optional<Boolean> outputLocked(JobExecution execution) {
        String output = execution.getJobParameters().getString("output");
        if (output == null) {
            return Optional.empty();
        }
        try (OutputLock lock = OutputLock.acquire(Path.of(output))) {
            return Optional.of(false);
        } catch (IOException e) {
            return Optional.of(true);
        }
    }

    static String header(JobExecution e) {
        StringBuilder b = new StringBuilder();
        b.append("execution ").append(e.getId()).append("  ").append(e.getStatus())
                .append("  start ").append(time(e.getStartTime())).append("  end ").append(time(e.getEndTime()));
        String runDate = e.getJobParameters().getString("run-date");
        if (runDate != null) {
            b.append("  run-date ").append(runDate);
        }
        b.append("\n    input ").append(e.getJobParameters().getString("input"))
                .append("\n    output ").append(e.getJobParameters().getString("output"));
        if (e.getJobParameters().getString("only") != null) {
            b.append("\n    only the sources in ").append(e.getJobParameters().getString("only"));
        }
        return b.toString();
    }

    /** A partition's counts; the merge step's run totals; the other steps' status only (their counts are not files). */
    private static String stepLine(StepExecution step) {
        var context = step.getExecutionContext();
        if (step.getStepName().startsWith(IngestJobConfiguration.WORKER_STEP_NAME)) {
            long rejected = context.getLong("ingest.rejected", 0L);
            return String.format("step %s %s: read %d, written %d, rejected %d, skipped unchanged %d, commits %d",
                    step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount() - rejected, rejected,
                    step.getFilterCount(), step.getCommitCount());
        }
        if (context.containsKey(PartMerger.TOTAL_FILES)) {
            long files = context.getLong(PartMerger.TOTAL_FILES);
            long rejected = context.getLong(PartMerger.TOTAL_REJECTED);
            return String.format("step %s %s: run totals %d filings, %d rejected, %d skipped unchanged",
                    step.getStepName(), step.getStatus(), files - rejected, rejected,
                    context.getLong(PartMerger.TOTAL_SKIPPED, 0L));
        }
        return "step " + step.getStepName() + " " + step.getStatus();
    }

    static List<String> describe(JobExecution e) {
        List<String> lines = new ArrayList<>();
        lines.add(header(e));
        List<StepExecution> steps = new ArrayList<>(e.getStepExecutions());
        steps.sort(java.util.Comparator.comparing(StepExecution::getId));
        for (StepExecution step : steps) {
            lines.add("    " + stepLine(step));
        }
        String failure = RunSummary.of(e).failure();
        if (failure != null && !failure.isBlank() && e.getStatus().isUnsuccessful()) {
            lines.add("    failure: " + failure);
        }
        return lines;
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
