package org.edgaretl.batch;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The execution this process is running right now, as the live object whose step executions the job
 * updates: {@code JobOperator.stop} must be handed that object for the running step to see the stop.
 */
@Component
public class RunningExecutions implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current.set(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current.compareAndSet(jobExecution, null);
    }

    public Optional<JobExecution> current() {
        return Optional.ofNullable(current.get());
    }
}
