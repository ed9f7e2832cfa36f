package org.edgaretl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.edgaretl.io.OutputLock;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code recover}: marks FAILED (so restartable) the executions a crash left STARTED. An execution counts as
 * crashed only when its output lock is free: a run that is really going holds it, and is left alone.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Mark executions that a crash left STARTED as FAILED, so they can be restarted; running ones are left alone.")
public final class RecoverCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(database)) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            int recovered = 0;
            for (JobExecution execution : Executions.all(repository)) {
                if (!execution.getStatus().isRunning()) {
                    continue;
                }
                String output = execution.getJobParameters().getString("output");
                try (OutputLock lock = OutputLock.acquire(Path.of(output))) {
                    operator.recover(execution);
                    recovered++;
                    System.out.println("execution " + execution.getId() + " recovered: now FAILED, restart it with 'restart "
                            + execution.getId() + "' or the same ingest command");
                } catch (IOException e) {
                    System.out.println("execution " + execution.getId() + " is running (" + e.getMessage() + "); left alone");
                }
            }
            System.out.println(recovered + " execution(s) recovered");
            return ExitCodes.OK;
        }
    }
}
