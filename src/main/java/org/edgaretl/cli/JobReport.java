package org.edgaretl.cli;

import java.nio.file.Path;

import org.edgaretl.batch.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Prints how an execution ended and maps it to the exit code a scheduler reads. */
final class JobReport {

    private JobReport() {
    }

    static int report(JobExecution execution) {
        RunSummary summary = RunSummary.of(execution);
        summary.lines().forEach(System.out::println);
        String output = execution.getJobParameters().getString("output");
        if (output != null && execution.getStatus() != BatchStatus.STARTED) {
            System.out.println("  summary: " + Path.of(output).resolve(RunSummary.FILE_NAME));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("edgar-etl: the job " + execution.getStatus() + ": " + summary.failure()
                    + " (run the same command again to resume)");
            return ExitCodes.JOB_FAILED;
        }
        return ExitCodes.OK;
    }
}
