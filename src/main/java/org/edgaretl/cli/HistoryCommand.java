package org.edgaretl.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history}: the ingest job's executions, newest first, with their counts per step. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List ingest executions: id, start, end, status and read/written/rejected/skipped counts per step.")
public final class HistoryCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "newest N executions (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(database)) {
            List<JobExecution> all = Executions.all(context.getBean(JobRepository.class));
            all.stream().limit(Math.max(limit, 0)).forEach(e -> Executions.describe(e).forEach(System.out::println));
            if (all.isEmpty()) {
                System.out.println("no ingest has run yet");
            }
            return ExitCodes.OK;
        }
    }
}
