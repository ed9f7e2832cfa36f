package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.edgaretl.batch.IngestLauncher;
import org.edgaretl.batch.RunSummary;
import org.edgaretl.io.OutputLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code ingest}: runs (or resumes) the ingest job over an input directory. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest every filing file under the input directory into CSV files and the store.")
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "directory of filing files (default: ${DEFAULT-VALUE})",
            defaultValue = "input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "directory for the CSV files (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path output;

    @picocli.CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--fresh", description = "abandon an unfinished run of this input and output and start over")
    boolean fresh;

    @Option(names = "--threads", paramLabel = "N",
            description = "partitions run at once in this process (default: edgar.threads, else the number of cores)")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N",
            description = "file ranges to cut a new run's input into (default: edgar.partitions, else 4 per thread)")
    Integer partitions;

    @Option(names = "--workers", paramLabel = "local|remote",
            description = "local: partitions run on this process's threads (default); remote: worker processes"
                    + " started with the 'worker' command run them, fed over RabbitMQ, sharing the job repository")
    String workers;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> scale = scaleProperties();
        if (!Files.isDirectory(input)) {
            System.err.println("edgar-etl: input directory not found: " + input.toAbsolutePath());
            return ExitCodes.CANNOT_START;
        }
        try (OutputLock lock = OutputLock.acquire(output);
             ConfigurableApplicationContext context = SpringContexts.start(database, scale)) {
            JobExecution execution = context.getBean(IngestLauncher.class).ingest(input, output, fresh, partitions);
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

    private Map<String, Object> scaleProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (threads != null) {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            properties.put("edgar.threads", threads);
        }
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
        }
        if (workers != null) {
            if (!workers.equals("local") && !workers.equals("remote")) {
                throw new ParameterException(spec.commandLine(), "--workers must be local or remote, not " + workers);
            }
            properties.put("edgar.workers", workers);
        }
        return properties;
    }
}
