package org.edgaretl.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.edgaretl.fetch.EdgarTestServer.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real HTTP server on 127.0.0.1 that misbehaves as EDGAR can. */
class EdgarClientTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 2);
    private static EdgarTestServer server;
    private static List<EdgarFixture.Submission> night;

    @TempDir
    Path dest;

    @BeforeAll
    static void serve() throws Exception {
        server = new EdgarTestServer();
        night = EdgarFixture.eightKs(EdgarFixture.night(DAY, 60));
        EdgarFixture.serve(server, DAY, night);
        server.slowMillis(3000);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static EdgarClient client(int rate, int attempts) {
        return new EdgarClient(new FetchSettings(server.baseUrl(), new UserAgent("edgar-etl tests tests@example.com"),
                rate, 4, attempts, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    private OptionalFile fetch(EdgarClient client, EdgarFixture.Submission s) throws Exception {
        Path target = EdgarLayout.local(dest, s.entry().fileName());
        var size = client.download(s.entry().fileName(), target, Checks.submission(s.entry().accessionNumber()), false);
        return new OptionalFile(target, size.isPresent());
    }

    private record OptionalFile(Path path, boolean found) {
    }

    @Test
    void eachFaultIsSurvivedAndTheFileIsExactlyTheServedOne() throws Exception {
        EdgarClient client = client(1000, 4);
        Fault[] faults = {Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE, Fault.SLOW, Fault.TRUNCATED, Fault.RESET};
        for (int i = 0; i < faults.length; i++) {
            EdgarFixture.Submission s = night.get(i);
            server.fault(s.entry().fileName(), faults[i]);
            OptionalFile file = fetch(client, s);
            assertThat(file.found()).isTrue();
            assertThat(Files.readAllBytes(file.path())).as(faults[i].name()).isEqualTo(s.bytes());
            assertThat(server.requests(s.entry().fileName())).as(faults[i].name()).isGreaterThanOrEqualTo(2);
        }
        try (var left = Files.walk(dest)) {
            assertThat(left.filter(p -> p.getFileName().toString().contains(".part"))).as("no temporaries left").isEmpty();
        }
        assertThat(server.userAgents()).containsExactly("edgar-etl tests tests@example.com");
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        EdgarFixture.Submission s = night.get(10);
        server.retryAfterSeconds(1);
        server.fault(s.entry().fileName(), Fault.TOO_MANY_REQUESTS);
        fetch(client(1000, 4), s);
        List<Long> times = server.arrivals(s.entry().fileName());
        assertThat(times).hasSize(2);
        assertThat(times.get(1) - times.get(0)).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(1_000_000_000L);
    }

    @Test
    void attemptsAreBoundedAndTheFailureNamesTheUrl() {
        EdgarFixture.Submission s = night.get(11);
        server.fault(s.entry().fileName(), Fault.UNAVAILABLE, Fault.UNAVAILABLE, Fault.UNAVAILABLE);
        assertThatThrownBy(() -> fetch(client(1000, 3), s))
                .isInstanceOf(FetchException.class)
                .hasMessage("GET " + server.baseUrl() + "/Archives/" + s.entry().fileName()
                        + ": answered 503 Service Unavailable, after 3 attempts");
        assertThat(Files.exists(EdgarLayout.local(dest, s.entry().fileName()))).as("nothing under the final name").isFalse();
    }

    @Test
    void aFileThatIsNotTheSubmissionAskedForIsRefused() throws Exception {
        EdgarFixture.Submission s = night.get(12);
        EdgarFixture.Submission other = night.get(13);
        Path target = EdgarLayout.local(dest, s.entry().fileName());
        assertThatThrownBy(() -> client(1000, 2).download(s.entry().fileName(), target,
                Checks.submission(other.entry().accessionNumber()), false))
                .hasMessageContaining("its header names accession number " + s.entry().accessionNumber()
                        + ", not " + other.entry().accessionNumber());
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aMissingFileIsNotFoundWithoutRetries() throws Exception {
        EdgarClient client = client(1000, 4);
        String path = EdgarLayout.dailyIndex(LocalDate.of(2025, 1, 1));
        assertThat(client.download(path, dest.resolve(path), Checks.masterIndex(), false)).isEmpty();
        assertThat(server.requests(path)).isEqualTo(1);
    }

    @Test
    void theServerNeverSeesMoreThanTheCapInAnySecond() throws Exception {
        int cap = 10;
        EdgarTestServer own = new EdgarTestServer();
        try (own) {
            EdgarFixture.serve(own, DAY, night);
            FetchSettings settings = new FetchSettings(own.baseUrl(), new UserAgent("t t@example.com"),
                    cap, 2, 2, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(5));
            EdgarClient client = new EdgarClient(settings);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (EdgarFixture.Submission s : night.subList(0, 45)) {
                done.add(pool.submit(() -> client.download(s.entry().fileName(),
                        EdgarLayout.local(dest.resolve("cap"), s.entry().fileName()), Checks.submission(s.entry().accessionNumber()), false)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            assertThat(own.requests()).isEqualTo(45);
            assertThat(own.maxPerSecond()).as("requests in the busiest one-second window").isLessThanOrEqualTo(cap);
            // 44 gaps of at least a cycle (1/8 s: 8 starts a second, 2 in flight): never faster, whatever the load.
            assertThat(settings.cycle()).isEqualTo(Duration.ofMillis(125));
            assertThat(seconds).isGreaterThanOrEqualTo(44 * 0.125 - 0.01);
        }
    }

    @Test
    void aServerThatCannotBeReachedIsNamed() throws Exception {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        EdgarClient client = new EdgarClient(new FetchSettings(URI.create("http://127.0.0.1:" + port),
                new UserAgent("t t@example.com"), 1000, 1, 2, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMillis(10), Duration.ofSeconds(1)));
        String path = EdgarLayout.dailyIndex(DAY);
        assertThatThrownBy(() -> client.download(path, dest.resolve(path), Checks.masterIndex(), false))
                .hasMessageStartingWith("GET http://127.0.0.1:" + port + "/Archives/" + path + ": cannot connect to 127.0.0.1:" + port)
                .hasMessageEndingWith(", after 2 attempts");
    }

    @Test
    void aServerAtAnotherAddressIsUsedAsIs() {
        assertThat(EdgarLayout.url(URI.create("http://127.0.0.1:1/mirror"), "edgar/x")).hasToString("http://127.0.0.1:1/mirror/Archives/edgar/x");
    }
}
