package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.edgaretl.batch.IngestLauncher;
import org.edgaretl.batch.RunSummary;
import org.edgaretl.io.OutputLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ingest}: runs (or resumes) the ingest job over an input directory. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest every filing file under the input directory into CSV files and the store.")
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR|ARCHIVE",
            description = "directory of filing files and archives, or one archive such as 20250102.nc.tar.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the CSV files (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path output;

    @picocli.CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--fresh", description = "abandon an unfinished run of this input and output and start over")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            System.err.println("edgar-etl: input directory not found: " + input.toAbsolutePath());
            return ExitCodes.CANNOT_START;
        }
        try (OutputLock lock = OutputLock.acquire(output);
             ConfigurableApplicationContext context = SpringContexts.start(database)) {
            JobExecution execution = context.getBean(IngestLauncher.class).ingest(input, output, fresh);
            RunSummary summary = RunSummary.of(execution);
            System.out.println(summary.line());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.err.println("edgar-etl: the job " + execution.getStatus() + ": " + summary.failure()
                        + " (run the same command again to resume)");
                return ExitCodes.JOB_FAILED;
            }
            return ExitCodes.OK;
        }
    }
}
