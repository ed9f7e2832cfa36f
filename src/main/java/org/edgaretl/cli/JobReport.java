package org.edgaretl.cli;

import java.nio.file.Path;
import java.util.List;

import org.edgaretl.batch.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Prints how an execution ended and maps it to the exit code a scheduler reads. */
final class JobReport {

    private JobReport() {
    }

    /** The details first, the one-line summary last on stdout: {@code tail -1} is the run's outcome. */
    static int report(JobExecution execution) {
        RunSummary summary = RunSummary.of(execution);
        List<String> lines = summary.lines();
        lines.subList(1, lines.size()).forEach(System.out::println);
        String output = execution.getJobParameters().getString("output");
        if (output != null && execution.getStatus() != BatchStatus.STARTED) {
            System.out.println("  summary: " + Path.of(output).resolve(RunSummary.FILE_NAME));
        }
        System.out.println(lines.get(0));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("edgar-etl: the job " + execution.getStatus() + ": " + summary.failure()
                    + " (run the same command again to resume)");
            return ExitCodes.JOB_FAILED;
        }
        return ExitCodes.OK;
    }
}
