package org.edgaretl.batch;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The text form of a partition request on the broker ({@code stepName stepExecutionId}):
 * plain text, so no Java deserialization of broker messages is needed.
 */
final class PartitionRequests {

    private PartitionRequests() {
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}
