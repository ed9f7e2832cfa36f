package org.edgaretl.batch;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Runs the partition a request names, in a worker process. The broker delivers a request again only when
 * the worker that took it died before finishing (its acknowledgement comes after the partition ran): a
 * redelivered request whose partition is still marked running is marked FAILED instead of being run, so
 * the manager sees the failure and a restart of the job resumes the partition from its last committed chunk.
 */
public final class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final Step workerStep;

    public PartitionWorker(JobRepository jobRepository, Step workerStep) {
        this.jobRepository = jobRepository;
        this.workerStep = workerStep;
    }

    /** Handles one request; never throws, so a bad request is not redelivered forever. */
    public void handle(String message, boolean redelivered) {
        try {
            StepExecutionRequest request = PartitionRequests.decode(message);
            StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
            if (execution == null) {
                log.warn("no step execution {} for partition request '{}'; ignored", request.getStepExecutionId(), message);
                return;
            }
            if (!request.getStepName().equals(workerStep.getName())) {
                log.warn("partition request for unknown step {}; ignored", request.getStepName());
                return;
            }
            BatchStatus status = execution.getStatus();
            if (redelivered && status.isRunning() && status != BatchStatus.STARTING) {
                log.warn("{} was left {} by a worker that stopped; marking it FAILED so a restart resumes it",
                        execution.getStepName(), status);
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the worker running this partition stopped"));
                execution.setEndTime(LocalDateTime.now());
                jobRepository.update(execution);
                return;
            }
            if (!status.isRunning()) {
                log.info("{} is already {}; ignored", execution.getStepName(), status);
                return;
            }
            log.info("running {}", execution.getStepName());
            try {
                workerStep.execute(execution);
            } catch (Throwable e) {
                execution.addFailureException(e);
                execution.setStatus(BatchStatus.FAILED);
                jobRepository.update(execution);
            }
            log.info("{} {}", execution.getStepName(), execution.getStatus());
        } catch (RuntimeException e) {
            log.error("cannot handle partition request '{}': {}", message, e.toString(), e);
        }
    }
}
