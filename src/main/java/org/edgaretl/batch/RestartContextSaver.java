package org.edgaretl.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Saves a restarted step's execution context as soon as the step starts. Spring Batch 6 stores a new step
 * execution with an empty context and copies the previous execution's context into it only in memory; a
 * crash before the first chunk commits would leave the empty context as the latest, and the next restart
 * would start the files over from the top (rewriting the CSV files while the registry skips the files
 * already done). Saving the copied context at once keeps every restart point.
 */
public class RestartContextSaver implements StepExecutionListener {

    private final JobRepository jobRepository;

    public RestartContextSaver(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getExecutionContext().isEmpty()) {
            jobRepository.updateExecutionContext(stepExecution);
        }
    }
}
