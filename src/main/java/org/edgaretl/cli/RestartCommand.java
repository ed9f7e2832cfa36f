package org.edgaretl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.edgaretl.io.OutputLock;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restart <execution-id>}: resumes a failed or stopped execution from its last committed chunk. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed or stopped ingest execution (one a crash left STARTED is recovered first).")
public final class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXECUTION_ID", description = "the execution to restart (see history)")
    long executionId;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.start(database)) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            JobExecution execution = find(repository, executionId);
            if (execution == null) {
                System.err.println("edgar-etl: no execution " + executionId + " in the store "
                        + StoreLocation.describe(context.getEnvironment().getProperty("spring.datasource.url", ""))
                        + " ('history' lists its executions; --db names another store)");
                return ExitCodes.CANNOT_START;
            }
            JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
            if (last != null && last.getId() != executionId) {
                System.err.println("edgar-etl: execution " + executionId + " was already followed by execution "
                        + last.getId() + " (" + last.getStatus() + "); restart that one");
                return ExitCodes.CANNOT_START;
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                System.out.println("execution " + executionId + " already COMPLETED; nothing to do");
                return ExitCodes.OK;
            }
            if (execution.getStatus() == BatchStatus.ABANDONED) {
                System.err.println("edgar-etl: execution " + executionId + " was ABANDONED and cannot be restarted");
                return ExitCodes.CANNOT_START;
            }
            Path output = Path.of(execution.getJobParameters().getString("output"));
            try (OutputLock lock = OutputLock.acquire(output);
                 GracefulStop stop = GracefulStop.install(context)) {
                if (execution.getStatus().isRunning()) {
                    // we hold its output lock, so no process runs it: a crash left it STARTED
                    execution = operator.recover(execution);
                }
                LoggerFactory.getLogger(RestartCommand.class).info("restarting ingest execution {} ({}) from its last"
                        + " committed chunk", executionId, execution.getStatus());
                return JobReport.report(operator.restart(execution));
            }
        }
    }

    /** The execution, or null: Spring Batch 6's JDBC repository throws where older ones returned null. */
    private static JobExecution find(JobRepository repository, long id) {
        try {
            return repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }
}
