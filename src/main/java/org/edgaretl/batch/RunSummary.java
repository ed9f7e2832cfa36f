package org.edgaretl.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What one job execution did, in the words an operator reads at the end of a run. */
public record RunSummary(long executionId, String status, long read, long written, long rejected, String failure) {

    public static RunSummary of(JobExecution execution) {
        long read = 0;
        long written = 0;
        long rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            rejected += step.getExecutionContext().getLong("ingest.rejected", 0L);
        }
        String failure = execution.getAllFailureExceptions().stream().findFirst()
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
