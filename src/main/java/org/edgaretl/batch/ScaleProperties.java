package org.edgaretl.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ingest step is spread out ({@code edgar.*} properties).
 *
 * @param threads    partitions run at once in this process (default: the number of cores)
 * @param partitions contiguous file ranges the input is cut into (default: 4 per thread, so a slow range
 *                   does not leave the other threads idle; never more than the number of files)
 * @param workers    {@code local} (threads of this process) or {@code remote} (worker processes fed over
 *                   RabbitMQ, sharing the job repository)
 */
@ConfigurationProperties("edgar")
public record ScaleProperties(Integer threads, Integer partitions, String workers) {

    public static final String LOCAL = "local";
    public static final String REMOTE = "remote";

    public ScaleProperties {
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        partitions = partitions == null || partitions < 1 ? 4 * threads : partitions;
        workers = workers == null || workers.isBlank() ? LOCAL : workers.strip();
        if (!workers.equals(LOCAL) && !workers.equals(REMOTE)) {
            throw new IllegalArgumentException("edgar.workers must be local or remote, not " + workers);
        }
    }

    public boolean remote() {
        return workers.equals(REMOTE);
    }
}
