package org.edgaretl.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.edgaretl.batch.RunningExecutions;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Turns SIGTERM (and Ctrl-C) into a graceful stop: a JVM shutdown hook asks the running execution to stop, which then ends STOPPED at its next chunk boundary with everything before it committed,
 * and holds the JVM until the command has finished (or {@link #MAX_WAIT_SECONDS} passed). Running the same
 * command again restarts the execution. Spring's own shutdown hook must be off, or it would close the
 * database under the running chunk.
 */
final class GracefulStop implements AutoCloseable {

    static final long MAX_WAIT_SECONDS = 80;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final ConfigurableApplicationContext context;
    private final Thread hook;

    private GracefulStop(ConfigurableApplicationContext context) {
        this.context = context;
        RunningExecutions running = context.getBean(RunningExecutions.class);
        this.hook = new Thread(() -> {
            running.current().ifPresent(execution -> {
                System.err.println("edgar-etl: stop requested; ending execution " + execution.getId()
                        + " after its current chunk (run the same command again to resume)");
                requestStop(execution);
            });
            try {
                finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "edgar-etl-graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Asks the running step to end at its next chunk boundary by flagging the live step execution, as
     * Spring Batch's own stop does; but without JobOperator.stop, whose repository update from this thread
     * races with the running chunk's update (an optimistic-locking failure that left the execution UNKNOWN).
     * The step thread then ends STOPPED and saves that status itself.
     */
    private static void requestStop(JobExecution execution) {
        boolean stepRunning = false;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setTerminateOnly();
                stepRunning = true;
            }
        }
        if (!stepRunning) {
            // not in a step yet: the job checks for STOPPING before it starts its step
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    static GracefulStop install(ConfigurableApplicationContext context) {
        return new GracefulStop(context);
    }

    /**
     * The command is done (its summary printed): closes the context, so the database has written the final
     * status to disk (an embedded H2 writes its last commits lazily), then lets a pending shutdown proceed.
     */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and now returns
        }
    }
}
