package org.edgaretl.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one job execution did, in the words an operator reads at the end of a run: the whole run's totals
 * once the parts are merged, else what this execution's partitions did before it stopped.
 */
public record RunSummary(long executionId, String status, long read, long written, long rejected, String failure) {

    public static RunSummary of(JobExecution execution) {
        long read = 0;
        long written = 0;
        long rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            var context = step.getExecutionContext();
            if (context.containsKey(PartMerger.TOTAL_FILES)) {
                read = context.getLong(PartMerger.TOTAL_FILES);
                rejected = context.getLong(PartMerger.TOTAL_REJECTED);
                written = read;
                break;
            }
            if (step.getStepName().equals(IngestJobConfiguration.STEP_NAME)) {
                continue; // the manager step sums its partitions' counts, which are counted one by one
            }
            read += step.getReadCount();
            written += step.getWriteCount();
            rejected += step.getExecutionContext().getLong("ingest.rejected", 0L);
        }
        // A partition's own failure says why; the manager step only says that a partition failed.
        String failure = execution.getStepExecutions().stream()
                .filter(s -> !s.getStepName().equals(IngestJobConfiguration.STEP_NAME))
                .flatMap(s -> s.getFailureExceptions().stream())
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst())
                .map(RunSummary::rootMessage).orElse(execution.getExitStatus().getExitDescription());
        return new RunSummary(execution.getId(), execution.getStatus().toString(), read, written, rejected, failure);
    }

    public String line() {
        return String.format("ingest execution %d %s: %d files read, %d written as filings, %d rejected",
                executionId, status, read, written - rejected, rejected);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
