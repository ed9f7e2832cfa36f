package org.edgaretl.metrics;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a run's metrics go ({@code edgar.metrics.*}); with neither set, no metrics are kept at all.
 *
 * @param textfile    a {@code .prom} file, replaced atomically at the end of each execution, typically in
 *                    node_exporter's {@code --collector.textfile.directory}
 * @param pushgateway a Pushgateway base URL ({@code http://pushgateway:9091}); the metrics replace the group
 *                    {@code job=<job>} there at the end of each execution
 * @param job         the Pushgateway job name (default {@code edgar_etl})
 */
@ConfigurationProperties("edgar.metrics")
public record MetricsProperties(Path textfile, URI pushgateway, String job) {

    public MetricsProperties {
        job = job == null || job.isBlank() ? "edgar_etl" : job.strip();
        if (textfile != null && !textfile.getFileName().toString().endsWith(".prom")) {
            throw new IllegalArgumentException("edgar.metrics.textfile must end in .prom (node_exporter reads only those): "
                    + textfile);
        }
    }
}
