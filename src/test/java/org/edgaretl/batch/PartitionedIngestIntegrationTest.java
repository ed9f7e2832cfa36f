package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partitioned ingest on four threads: its outputs equal a one-partition run's byte for byte, also when a
 * filing appears again in a later partition; a partition that fails is the only one a restart reruns.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:partitioned;DB_CLOSE_DELAY=-1",
        "edgar.chunk-size=3", "edgar.threads=4"})
class PartitionedIngestIntegrationTest {

    /** The file to fail on while set, wherever its partition runs. */
    static final AtomicReference<String> FAIL_ON = new AtomicReference<>();

    @TestConfiguration
    static class FailureInjection {
        @Bean
        @Primary
        ItemProcessor<FilingFile, ProcessedFile> failingProcessor() {
            FilingProcessor real = new FilingProcessor(new FilingPipeline());
            return file -> {
                if (file.sourceName().equals(FAIL_ON.get())) {
                    throw new IllegalStateException("injected failure on " + file.sourceName());
                }
                return real.process(file);
            };
        }
    }

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void partitionsGiveTheOutputOfASingleRangeAndRestartOnlyWhatFailed() throws Exception {
        Path input = JobTestSupport.inputOfWholeCorpus(tmp.resolve("in"));
        // The same filing again, sorting after every corpus folder: a duplicate that only the merge can see.
        Files.copy(input.resolve("2001-2004/0000950124-01-000024.txt"), input.resolve("zz-copy-of-a-filing.txt"));
        List<String> names = new org.edgaretl.input.InputDirectory(input, Long.MAX_VALUE).list();

        FAIL_ON.set(null);
        JobExecution single = launcher.ingest(input, tmp.resolve("single"), false, 1);
        assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> singleFilings = filingsInDatabase();
        assertThat(JobTestSupport.rows(tmp.resolve("single/rejects.csv")))
                .extracting(r -> r.get("source_file") + ":" + r.get("reason_code"))
                .contains("zz-copy-of-a-filing.txt:duplicate_filing");

        FAIL_ON.set(names.get(names.size() / 2));
        Path output = tmp.resolve("partitioned");
        // --reprocess: the one-range run registered every file, and the registry would skip them all
        JobExecution failed = reprocess(input, output, 13);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(workerSteps(failed)).hasSize(13);
        assertThat(workerSteps(failed)).filteredOn(s -> s.getStatus() == BatchStatus.FAILED).hasSize(1);
        assertThat(output.resolve("filings.csv")).doesNotExist();

        FAIL_ON.set(null);
        JobExecution resumed = reprocess(input, output, 13);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(workerSteps(resumed)).as("only the failed partition runs again").hasSize(1);
        for (Table table : Table.values()) {
            assertThat(output.resolve(table.fileName())).as(table.fileName())
                    .hasSameBinaryContentAs(tmp.resolve("single").resolve(table.fileName()));
        }
        assertThat(PartFiles.root(output)).doesNotExist();
        RunSummary summary = RunSummary.of(resumed);
        assertThat(summary.read()).isEqualTo(names.size());
        assertThat(summary.rejected()).isEqualTo(JobTestSupport.rows(output.resolve("rejects.csv")).size());
        assertThat(filingsInDatabase()).isEqualTo(singleFilings);
    }

    private JobExecution reprocess(Path input, Path output, int partitions) throws Exception {
        return launcher.launch(new IngestRequest(input, output, false, null, true, null), partitions).execution();
    }

    private List<String> filingsInDatabase() {
        return jdbc.queryForList("SELECT filing_id || ' ' || source_file FROM filings ORDER BY filing_id", String.class);
    }

    private static List<StepExecution> workerSteps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(IngestJobConfiguration.WORKER_STEP_NAME + ":")).toList();
    }
}
