package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ingest-job;DB_CLOSE_DELAY=-1",
        "edgar.chunk-size=3"})
class IngestJobIntegrationTest {

    private static final String[] SAMPLE = {
            "seed/immunogen-1995-08-8k.txt",
            "1990s/0000950144-94-000177.txt",
            "2001-2004/0000950124-01-000024.txt",
            "modern/0001193125-19-234619.htm",
            "modern/0001213900-25-032135.txt",
            "modern/0001493152-25-001317.nc",
            "other-forms/0001094891-00-000193.txt"};

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void rejectedFilesAreRecordedWithTheirReasonAndTheRunGoesOn() throws Exception {
        Path input = JobTestSupport.inputOf(tmp.resolve("in"), "seed/immunogen-1995-08-8k.txt");
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("photo.htm"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0, 0, 0});
        Path output = tmp.resolve("out");

        JobExecution execution = launcher.ingest(input, output);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, String>> rejects = JobTestSupport.rows(output.resolve("rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("source_file") + ":" + r.get("reason_code"))
                .containsExactly("empty.txt:empty_file", "photo.htm:binary_content");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("message")).contains(r.get("source_file")));
        assertThat(JobTestSupport.rows(output.resolve("filings.csv"))).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejects WHERE source_file IN ('empty.txt', 'photo.htm')",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aRerunOfAnUnchangedInputIsANoOpAChangedFileIsProcessedAloneAndReprocessRewritesEverything() throws Exception {
        Path input = JobTestSupport.inputOf(tmp.resolve("in"), SAMPLE);
        Path output = tmp.resolve("out");

        JobExecution first = launcher.ingest(input, output);
        byte[] filings = Files.readAllBytes(output.resolve("filings.csv"));
        byte[] events = Files.readAllBytes(output.resolve("events.csv"));
        int filingRows = JdbcTestUtils.countRowsInTable(jdbc, "filings");
        int eventRows = JdbcTestUtils.countRowsInTable(jdbc, "events");
        JobExecution second = launcher.ingest(input, output);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // an unchanged input after a completed run: nothing to do, the outputs stay as they are
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(Files.readAllBytes(output.resolve("filings.csv"))).isEqualTo(filings);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "filings")).isEqualTo(filingRows);

        Files.writeString(input.resolve("modern/0001213900-25-032135.txt"), "\nchanged\n",
                java.nio.file.StandardOpenOption.APPEND);
        JobExecution third = launcher.ingest(input, output);
        // incremental: a changed input starts a new instance whose CSV files hold the files it processed
        assertThat(third.getJobInstance().getId()).isNotEqualTo(first.getJobInstance().getId());
        assertThat(RunSummary.of(third).skipped()).isEqualTo(SAMPLE.length - 1);
        assertThat(JobTestSupport.rows(output.resolve("filings.csv"))).extracting(r -> r.get("source_file"))
                .containsExactly("modern/0001213900-25-032135.txt");

        JobExecution forced = launcher.launch(new IngestRequest(input, output, false, null, true, null)).execution();
        assertThat(forced.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobTestSupport.rows(output.resolve("filings.csv"))).hasSize(SAMPLE.length);
        assertThat(Files.readAllBytes(output.resolve("events.csv"))).isEqualTo(events);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "filings")).isEqualTo(filingRows);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "events")).isEqualTo(eventRows);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "processed_files")).isEqualTo(SAMPLE.length);
        String summary = Files.readString(output.resolve("summary.json"));
        assertThat(summary).contains("\"status\" : \"COMPLETED\"").contains("\"filings\" : " + SAMPLE.length)
                .contains("\"events\" : " + eventRows);
    }

    @Test
    void aDailyFeedArchiveIsIngestedEntryByEntryAndItsUnsafeEntriesRejected() throws Exception {
        Path feed = tmp.resolve("20250102.nc.tar.gz");
        org.edgaretl.input.Archives.tar(feed, true)
                .addCorpus("0001493152-25-001317.nc", "modern/0001493152-25-001317.nc")
                .addCorpus("../escape.txt", "seed/immunogen-1995-08-8k.txt")
                .addCorpus("0000950124-01-000024.txt", "2001-2004/0000950124-01-000024.txt")
                .close();
        Path output = tmp.resolve("out");

        JobExecution execution = launcher.ingest(feed, output);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(JobTestSupport.rows(output.resolve("filings.csv"))).extracting(r -> r.get("source_file"))
                .containsExactly("20250102.nc.tar.gz!0001493152-25-001317.nc", "20250102.nc.tar.gz!0000950124-01-000024.txt");
        assertThat(JobTestSupport.rows(output.resolve("rejects.csv"))).extracting(r -> r.get("source_file") + " " + r.get("reason_code"))
                .containsExactly("20250102.nc.tar.gz!../escape.txt unsafe_entry");
        assertThat(RunSummary.of(execution).rejects()).containsEntry("unsafe_entry", 1L);
    }

    @Test
    void aFilingReadTwiceInOneRunIsRejectedAsADuplicate() throws Exception {
        Path input = JobTestSupport.inputOf(tmp.resolve("in"), "2001-2004/0000950124-01-000024.txt");
        Files.copy(input.resolve("2001-2004/0000950124-01-000024.txt"), input.resolve("copy-of-it.txt"));
        Path output = tmp.resolve("out");

        launcher.ingest(input, output);

        assertThat(JobTestSupport.rows(output.resolve("filings.csv"))).hasSize(1);
        assertThat(JobTestSupport.rows(output.resolve("rejects.csv")))
                .extracting(r -> r.get("reason_code")).containsExactly("duplicate_filing");
    }
}
