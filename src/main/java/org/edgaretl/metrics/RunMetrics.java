package org.edgaretl.metrics;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.edgaretl.batch.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * At the end of each ingest execution, sets the run's gauges (files, filings, rejects per reason, rows per
 * table, outcome, duration) and exports the registry, with Spring Batch's job and step timers, in the
 * Prometheus text format: to the text file and/or the Pushgateway. Export failures are logged, never fatal:
 * the rows are committed by then. Metric names are listed in {@code jobs/README.md}.
 */
public final class RunMetrics implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunMetrics.class);
    static final String PREFIX = "edgar.etl.run.";

    private final PrometheusMeterRegistry registry;
    private final MetricsProperties properties;
    /** The value behind each gauge, by name and tags: set anew for each execution, zero when absent from it. */
    private final Map<String, Value> values = new ConcurrentHashMap<>();

    /** A gauge's value; Micrometer holds the object weakly, this listener strongly. */
    private static final class Value {
        volatile double value;
    }

    public RunMetrics(PrometheusMeterRegistry registry, MetricsProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void afterJob(JobExecution execution) {
        values.values().forEach(v -> v.value = 0);
        RunSummary summary = RunSummary.of(execution);
        set("files.read", "files read by the run (skipped unchanged included)", summary.read(), Tags.empty());
        set("files.skipped.unchanged", "files left out because the source registry holds the same bytes",
                summary.skipped(), Tags.empty());
        set("filings", "files written as filings", summary.written() - summary.rejected(), Tags.empty());
        set("files.rejected", "files rejected (see rejects.csv)", summary.rejected(), Tags.empty());
        summary.rejects().forEach((reason, n) -> set("rejects", "rejected files by reason code", n, Tags.of("reason", reason)));
        summary.rows().forEach((table, n) -> set("rows", "rows written per table", n, Tags.of("table", table)));
        set("success", "1 when the execution COMPLETED, else 0", execution.getStatus() == BatchStatus.COMPLETED ? 1 : 0,
                Tags.empty());
        set("execution.id", "the job execution id", execution.getId(), Tags.empty());
        if (execution.getStartTime() != null && execution.getEndTime() != null) {
            set("duration.seconds", "wall time of the execution, seconds",
                    Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0, Tags.empty());
            set("end.timestamp.seconds", "when the execution ended, Unix time",
                    execution.getEndTime().atZone(ZoneId.systemDefault()).toEpochSecond(), Tags.empty());
        }
        export();
    }

    private void set(String name, String description, double value, Tags tags) {
        values.computeIfAbsent(name + tags, k -> {
            Value holder = new Value();
            Gauge.builder(PREFIX + name, holder, v -> v.value).description(description).tags(tags).register(registry);
            return holder;
        }).value = value;
    }

    /** Writes the text file and pushes to the Pushgateway, whichever are configured. */
    void export() {
        String text = registry.scrape();
        if (properties.textfile() != null) {
            try {
                write(properties.textfile(), text);
            } catch (IOException | RuntimeException e) {
                log.warn("cannot write the metrics file {}: {}", properties.textfile(), e.toString());
            }
        }
        if (properties.pushgateway() != null) {
            push(text);
        }
    }

    /** Replaces the file atomically: node_exporter must never read half of it. */
    static void write(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid());
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** PUT replaces the job's whole group on the Pushgateway, so series of an earlier run do not linger. */
    private void push(String text) {
        String base = properties.pushgateway().toString().replaceAll("/+$", "");
        var uri = java.net.URI.create(base + "/metrics/job/" + properties.job());
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                            .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("the Pushgateway {} answered {}: {}", uri, response.statusCode(), response.body().strip());
            }
        } catch (IOException e) {
            log.warn("cannot push the metrics to {}: {}", uri, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("pushing the metrics to {} was interrupted", uri);
        }
    }
}
