package org.edgaretl.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code status}: the last execution, and every unfinished one with what to do about it. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the last ingest execution and any running or unfinished ones.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(database)) {
            List<JobExecution> all = Executions.all(context.getBean(JobRepository.class));
            if (all.isEmpty()) {
                System.out.println("no ingest has run yet");
                return ExitCodes.OK;
            }
            System.out.println("last:");
            Executions.describe(all.get(0)).forEach(line -> System.out.println("  " + line));
            List<JobExecution> unfinished = Executions.unfinished(all);
            System.out.println(unfinished.isEmpty() ? "unfinished: none" : "unfinished:");
            for (JobExecution e : unfinished) {
                Executions.describe(e).forEach(line -> System.out.println("  " + line));
                System.out.println("    -> " + advice(e));
            }
            return ExitCodes.OK;
        }
    }

    private static String advice(JobExecution e) {
        if (e.getStatus().isRunning()) {
            boolean locked = Executions.outputLocked(e).orElse(true);
            return locked ? "running now (a process holds its output lock)"
                    : "marked running but no process holds its output: a crash left it; run 'recover', then 'restart "
                    + e.getId() + "'";
        }
        return "restartable: 'restart " + e.getId() + "' or the same ingest command again";
    }
}
