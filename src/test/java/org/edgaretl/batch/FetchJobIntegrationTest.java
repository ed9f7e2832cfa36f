package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.edgaretl.fetch.EdgarFixture;
import org.edgaretl.fetch.EdgarLayout;
import org.edgaretl.fetch.EdgarTestServer;
import org.edgaretl.fetch.EdgarTestServer.Fault;
import org.edgaretl.fetch.FetchRequest;
import org.edgaretl.fetch.FetchSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fetch job against a real HTTP server on 127.0.0.1 serving a night of 300 8-Ks (and other forms)
 * built from the test corpus in EDGAR's layout, with 429s, 503s, a slow answer, a truncated body and a
 * reset connection on the way: every file lands exactly as served, the other forms are never asked for, a
 * second fetch asks for nothing, and ingest takes the identity the index gives where the file has none.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fetch-job;DB_CLOSE_DELAY=-1",
        "edgar.fetch.user-agent=edgar-etl tests tests@example.com",
        "edgar.fetch.rate=1000",
        "edgar.fetch.concurrency=4",
        "edgar.fetch.max-attempts=3",
        "edgar.fetch.timeout=2s",
        "edgar.fetch.initial-backoff=50ms"})
class FetchJobIntegrationTest {

    private static final LocalDate NIGHT = LocalDate.of(2025, 1, 2);
    private static final LocalDate HOLIDAY = LocalDate.of(2025, 1, 1);
    private static final EdgarTestServer SERVER = start();

    @Autowired
    FetchLauncher fetch;

    @Autowired
    IngestLauncher ingest;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    private static EdgarTestServer start() {
        try {
            return new EdgarTestServer();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("edgar.fetch.base-url", () -> SERVER.baseUrl().toString());
    }

    @AfterAll
    static void stop() throws Exception {
        SERVER.close();
    }

    @Test
    void aNightOf300FilingsIsDownloadedThroughFaultsThenIngestedWithTheIndexIdentity() throws Exception {
        List<EdgarFixture.Submission> night = EdgarFixture.night(NIGHT, 300);
        EdgarFixture.serve(SERVER, NIGHT, night);
        List<EdgarFixture.Submission> eightKs = EdgarFixture.eightKs(night);
        assertThat(eightKs).hasSize(300);
        SERVER.slowMillis(3000);
        SERVER.retryAfterSeconds(1);
        Fault[] faults = {Fault.TOO_MANY_REQUESTS, Fault.UNAVAILABLE, Fault.SLOW, Fault.TRUNCATED, Fault.RESET};
        for (int i = 0; i < faults.length; i++) {
            SERVER.fault(eightKs.get(i * 50).entry().fileName(), faults[i], faults[i]);
        }
        Path dest = tmp.resolve("input/2025-01-02");
        FetchRequest request = new FetchRequest(NIGHT, null, FetchRequest.DEFAULT_FORMS, null, dest, false, false);

        JobExecution first = fetch.fetch(request);

        assertThat(first.getStatus()).as(String.valueOf(first.getAllFailureExceptions())).isEqualTo(BatchStatus.COMPLETED);
        for (EdgarFixture.Submission s : night) {
            Path file = EdgarLayout.local(dest, s.entry().fileName());
            if (s.entry().formType().startsWith("8-K")) {
                assertThat(Files.readAllBytes(file)).as(s.entry().fileName()).isEqualTo(s.bytes());
            } else {
                assertThat(file).doesNotExist();
                assertThat(SERVER.requests(s.entry().fileName())).as("other forms are never asked for").isZero();
            }
        }
        for (int i = 0; i < faults.length; i++) {
            assertThat(SERVER.requests(eightKs.get(i * 50).entry().fileName())).as(faults[i].name()).isEqualTo(3);
        }
        try (Stream<Path> files = Files.walk(dest)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".part"))).isEmpty();
        }
        assertThat(Files.readString(dest.resolve(FetchSummary.FILE_NAME)))
                .contains("\"days_published\" : 1", "\"listed\" : 300", "\"on_disk\" : 300", "\"downloaded\" : 300");

        int requests = SERVER.requests();
        JobExecution second = fetch.fetch(request);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SERVER.requests()).as("a second fetch of the night asks for nothing").isEqualTo(requests);
        assertThat(second.getStepExecutions()).filteredOn(s -> s.getStepName().equals(FetchJobConfiguration.STEP_NAME))
                .singleElement().satisfies(s -> {
                    assertThat(s.getWriteCount()).isZero();
                    assertThat(s.getFilterCount()).isEqualTo(300);
                });

        JobExecution ingested = ingest.ingest(dest, tmp.resolve("output"));
        assertThat(ingested.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobTestSupport.rows(tmp.resolve("output/filings.csv"))).hasSize(300);
        // A document whose envelope states only its accession number: the index gives the rest.
        EdgarFixture.Submission bare = eightKs.stream()
                .filter(s -> s.entry().companyName().startsWith("CORPUS DOCUMENT 0000950124-01-503539")).findFirst().orElseThrow();
        Map<String, Object> row = jdbc.queryForMap("SELECT cik, form_type, filed_date, accession_number FROM filings "
                + "WHERE filing_id = ?", bare.entry().accessionNumber());
        assertThat(row.get("cik")).isEqualTo(bare.entry().cik10());
        assertThat(row.get("form_type")).isEqualTo("8-K");
        assertThat(row.get("filed_date").toString()).isEqualTo("2025-01-02");
        // A submission with a full header keeps what it states: its own filing date, not the index's.
        EdgarFixture.Submission headed = eightKs.get(0);
        assertThat(jdbc.queryForObject("SELECT filed_date FROM filings WHERE filing_id = ?", Object.class,
                headed.entry().accessionNumber()).toString()).isNotEqualTo("2025-01-02");
    }

    @Test
    void aDayWithoutAnIndexPublishedNothing() throws Exception {
        Path dest = tmp.resolve("input/2025-01-01");
        int before = SERVER.requests(EdgarLayout.dailyIndex(HOLIDAY));

        JobExecution execution = fetch.fetch(new FetchRequest(HOLIDAY, null, FetchRequest.DEFAULT_FORMS, null, dest, false, false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        FetchSummary summary = FetchJobConfiguration.summary(execution, null);
        assertThat(summary.nothingPublished()).isTrue();
        assertThat(summary.lines()).containsExactly("no filings published for 2025-01-01 (EDGAR has no index for it)");
        assertThat(SERVER.requests(EdgarLayout.dailyIndex(HOLIDAY))).isEqualTo(before + 1);
        assertThat(dest.resolve("edgar")).doesNotExist();
    }

    @Test
    void aFileEdgarKeepsRefusingFailsTheStepNamingItsUrlAndTheSameRequestResumes() throws Exception {
        LocalDate day = LocalDate.of(2025, 2, 3);
        List<EdgarFixture.Submission> night = EdgarFixture.eightKs(EdgarFixture.night(day, 45));
        EdgarFixture.serve(SERVER, day, night);
        String refused = night.get(30).entry().fileName();
        SERVER.fault(refused, Fault.UNAVAILABLE, Fault.UNAVAILABLE, Fault.UNAVAILABLE);
        FetchRequest request = new FetchRequest(day, null, FetchRequest.DEFAULT_FORMS, null, tmp.resolve("d"), false, false);

        JobExecution failed = fetch.fetch(request);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(FetchJobConfiguration.summary(failed, null).failure())
                .isEqualTo("GET " + SERVER.baseUrl() + "/Archives/" + refused + ": answered 503 Service Unavailable, after 3 attempts");
        String done = night.get(0).entry().fileName();
        assertThat(SERVER.requests(done)).isEqualTo(1);

        JobExecution resumed = fetch.fetch(request);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getId()).as("restarted, not a new run").isEqualTo(failed.getJobInstance().getId());
        assertThat(SERVER.requests(done)).as("what was on disk is not asked for again").isEqualTo(1);
        for (EdgarFixture.Submission s : night) {
            assertThat(Files.readAllBytes(EdgarLayout.local(tmp.resolve("d"), s.entry().fileName()))).isEqualTo(s.bytes());
        }
        assertThat(Set.copyOf(SERVER.userAgents())).containsExactly("edgar-etl tests tests@example.com");
    }

    @Test
    void theQuarterlyIndexIsOneRequestSplitIntoTheDaysOnDisk() throws Exception {
        LocalDate monday = LocalDate.of(2025, 5, 5);
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        List<EdgarFixture.Submission> first = EdgarFixture.eightKs(EdgarFixture.night(monday, 3));
        List<EdgarFixture.Submission> second = EdgarFixture.eightKs(EdgarFixture.night(tuesday, 2));
        StringBuilder quarter = new StringBuilder("Description: Master Index of EDGAR Dissemination Feed\n\n"
                + "CIK|Company Name|Form Type|Date Filed|File Name\n" + "-".repeat(80) + "\n");
        for (EdgarFixture.Submission s : Stream.concat(first.stream(), second.stream()).toList()) {
            quarter.append(s.entry().cik()).append('|').append(s.entry().companyName()).append('|')
                    .append(s.entry().formType()).append('|').append(s.entry().dateFiled()).append('|')
                    .append(s.entry().fileName()).append('\n');
            SERVER.put(s.entry().fileName(), s.bytes());
        }
        SERVER.put(EdgarLayout.fullIndex(monday), quarter.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path dest = tmp.resolve("q");

        JobExecution execution = fetch.fetch(new FetchRequest(monday, wednesday, FetchRequest.DEFAULT_FORMS, null, dest, false, true));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(SERVER.requests(EdgarLayout.fullIndex(monday))).isEqualTo(1);
        assertThat(SERVER.requests(EdgarLayout.dailyIndex(monday))).isZero();
        assertThat(EdgarLayout.local(dest, EdgarLayout.dailyIndex(monday))).exists();
        assertThat(EdgarLayout.local(dest, EdgarLayout.dailyIndex(tuesday))).exists();
        assertThat(EdgarLayout.local(dest, EdgarLayout.dailyIndex(wednesday))).doesNotExist();
        assertThat(FetchJobConfiguration.summary(execution, null).lines())
                .contains("no filings published for 2025-05-07 (EDGAR has no index for it)");
        for (EdgarFixture.Submission s : Stream.concat(first.stream(), second.stream()).toList()) {
            assertThat(Files.readAllBytes(EdgarLayout.local(dest, s.entry().fileName()))).isEqualTo(s.bytes());
        }
        assertThat(org.edgaretl.fetch.IdentityHints.load(dest).of(second.get(0).entry().fileName()))
                .hasValueSatisfying(id -> assertThat(id.filedDate()).isEqualTo(tuesday));
    }

    @Test
    void withFeedTheDaysArchiveIsFetchedAndIngestReadsItWithTheIndexIdentity() throws Exception {
        LocalDate day = LocalDate.of(2025, 6, 2);
        List<EdgarFixture.Submission> all = EdgarFixture.eightKs(EdgarFixture.night(day, 12));
        EdgarFixture.Submission bare = all.get(11);
        assertThat(bare.entry().companyName()).startsWith("CORPUS DOCUMENT");
        List<EdgarFixture.Submission> night = List.of(all.get(0), bare);
        SERVER.put(EdgarLayout.dailyIndex(day), EdgarFixture.masterIndex(day, night));
        Path archive = tmp.resolve("feed.nc.tar.gz");
        org.edgaretl.input.Archives feed = org.edgaretl.input.Archives.tar(archive, true);
        for (EdgarFixture.Submission s : night) {
            feed.add(s.entry().accessionNumber() + ".nc", s.bytes());
        }
        feed.close();
        SERVER.put(EdgarLayout.feed(day), Files.readAllBytes(archive));
        Path dest = tmp.resolve("feed");

        JobExecution execution = fetch.fetch(new FetchRequest(day, null, FetchRequest.DEFAULT_FORMS, null, dest, true, false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllBytes(EdgarLayout.local(dest, EdgarLayout.feed(day)))).isEqualTo(Files.readAllBytes(archive));
        assertThat(SERVER.requests(night.get(0).entry().fileName())).as("no filing asked for one by one").isZero();
        JobExecution ingested = ingest.ingest(dest, tmp.resolve("feed-out"));
        assertThat(ingested.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobTestSupport.rows(tmp.resolve("feed-out/filings.csv"))).extracting(r -> r.get("filing_id"))
                .containsExactlyInAnyOrder(all.get(0).entry().accessionNumber(), bare.entry().accessionNumber());
        Map<String, Object> row = jdbc.queryForMap("SELECT cik, filed_date FROM filings WHERE filing_id = ?",
                bare.entry().accessionNumber());
        assertThat(row.get("cik")).isEqualTo(bare.entry().cik10());
        assertThat(row.get("filed_date").toString()).isEqualTo("2025-06-02");
    }
}
