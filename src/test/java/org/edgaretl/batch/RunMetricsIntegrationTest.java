package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An ingest run with both metrics targets: the text file node_exporter reads and a Pushgateway (a real HTTP
 * server on 127.0.0.1 standing in for one), each with the run's counts and Spring Batch's step timers.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:run-metrics;DB_CLOSE_DELAY=-1", "edgar.chunk-size=2"})
class RunMetricsIntegrationTest {

    private static final Path DIR = tempDir();
    private static final List<String> PUSHED = new CopyOnWriteArrayList<>();
    private static final List<String> PUSH_REQUESTS = new CopyOnWriteArrayList<>();
    private static final HttpServer PUSHGATEWAY = pushgateway();

    @Autowired
    IngestLauncher launcher;

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        registry.add("edgar.metrics.textfile", () -> DIR.resolve("textfile/edgar_etl.prom").toString());
        registry.add("edgar.metrics.pushgateway", () -> "http://127.0.0.1:" + PUSHGATEWAY.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        PUSHGATEWAY.stop(0);
    }

    @Test
    void aRunWritesItsCountsRejectsByReasonAndStepDurations() throws Exception {
        Path input = JobTestSupport.inputOf(DIR.resolve("in"), "seed/immunogen-1995-08-8k.txt",
                "1990s/0000950144-94-000177.txt", "modern/0001193125-19-234619.htm");
        Files.write(input.resolve("empty.txt"), new byte[0]);

        long id = launcher.ingest(input, DIR.resolve("out")).getId();

        String text = Files.readString(DIR.resolve("textfile/edgar_etl.prom"));
        assertThat(text.lines()).contains(
                "edgar_etl_run_files_read 4.0",
                "edgar_etl_run_filings 3.0",
                "edgar_etl_run_files_rejected 1.0",
                "edgar_etl_run_files_skipped_unchanged 0.0",
                "edgar_etl_run_rejects{reason=\"empty_file\"} 1.0",
                "edgar_etl_run_rows{table=\"filings\"} 3.0",
                "edgar_etl_run_success 1.0",
                "edgar_etl_run_execution_id " + (double) id);
        assertThat(text).containsPattern("(?m)^edgar_etl_run_duration_seconds [0-9.]+$")
                .containsPattern("(?m)^edgar_etl_run_end_timestamp_seconds [0-9.E]+$")
                .containsPattern("(?m)^spring_batch_step_seconds_count\\{.*spring_batch_step_name=\"mergePartsStep\".*\\} 1$")
                .containsPattern("(?m)^spring_batch_step_seconds_sum\\{.*spring_batch_step_name=\"ingestPartitionStep\".*\\} [0-9.]+$")
                .containsPattern("(?m)^spring_batch_job_seconds_count\\{.*spring_batch_job_status=\"COMPLETED\".*\\} 1$")
                .as("one series per step, not per partition").doesNotContain(":partition")
                .as("only the run's and Spring Batch's meters").doesNotContain("rabbitmq");
        assertThat(DIR.resolve("textfile")).isDirectoryNotContaining("glob:**/.edgar_etl.prom.*");

        assertThat(PUSH_REQUESTS).containsExactly("PUT /metrics/job/edgar_etl");
        assertThat(PUSHED).containsExactly(text);
    }

    private static HttpServer pushgateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                PUSH_REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                PUSHED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("run-metrics");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
