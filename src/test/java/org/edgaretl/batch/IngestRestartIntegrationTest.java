package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/** A run that fails midway, then a rerun of the same command that completes with exact row counts. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:restart;DB_CLOSE_DELAY=-1",
        "edgar.chunk-size=2", "edgar.threads=1", "edgar.partitions=1"})
class IngestRestartIntegrationTest {

    /** Fails on the Nth file while armed, as a crash in the middle of a chunk would. */
    static final AtomicInteger FAIL_ON_FILE = new AtomicInteger(-1);

    /** Runs before each file is processed, inside the chunk's transaction. */
    static final AtomicReference<Runnable> BEFORE_FILE = new AtomicReference<>(() -> { });

    @TestConfiguration
    static class FailureInjection {
        @Bean
        @Primary
        ItemProcessor<FilingFile, ProcessedFile> failingProcessor() {
            FilingProcessor real = new FilingProcessor(new FilingPipeline());
            AtomicInteger seen = new AtomicInteger();
            return file -> {
                BEFORE_FILE.get().run();
                if (seen.incrementAndGet() == FAIL_ON_FILE.get()) {
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

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path tmp;

    @Test
    void aFailedRunResumesFromItsLastCommittedChunkWithoutLosingOrDuplicatingRows() throws Exception {
        Path input = JobTestSupport.inputOfWholeCorpus(tmp.resolve("in"));
        long files = JobTestSupport.countFiles(input);
        assertThat(files).isGreaterThanOrEqualTo(7);
        Path output = tmp.resolve("out");

        FAIL_ON_FILE.set(6);
        JobExecution failed = launcher.ingest(input, output);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RunSummary.of(failed).failure()).contains("injected failure");
        // chunks of 2: files 1-2 and 3-4 committed; the chunk holding file 6 rolled back
        assertThat(JobTestSupport.rows(PartFiles.runDirectory(output, failed.getJobInstance().getId()).resolve("partition0000").resolve("filings.csv"))).hasSize(4);
        assertThat(output.resolve("filings.csv")).doesNotExist();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "filings")).isEqualTo(4);

        FAIL_ON_FILE.set(-1);
        AtomicReference<ExecutionContext> persistedAtStart = new AtomicReference<>();
        BEFORE_FILE.set(() -> {
            if (persistedAtStart.get() == null) {
                long id = StepSynchronizationManager.getContext().getStepExecution().getId();
                persistedAtStart.set(jobRepository.getStepExecution(id).getExecutionContext());
            }
        });
        JobExecution resumed = launcher.ingest(input, output);
        BEFORE_FILE.set(() -> { });

        // Had the process died before the restart's first commit, the next restart would start from what the
        // database holds for this step execution: it must already be the restart point, not an empty context.
        assertThat(persistedAtStart.get().containsKey("filingsWriter.filings.position")).isTrue();
        assertThat(persistedAtStart.get().getInt("filingsReader.read.count")).isEqualTo(4);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        List<Map<String, String>> filings = JobTestSupport.rows(output.resolve("filings.csv"));
        long rejects = JobTestSupport.rows(output.resolve("rejects.csv")).size();
        assertThat(filings.size() + rejects).isEqualTo(files);
        assertThat(filings).extracting(r -> r.get("filing_id")).doesNotHaveDuplicates();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "filings")).isEqualTo(filings.size());
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "events"))
                .isEqualTo(JobTestSupport.rows(output.resolve("events.csv")).size());
        assertThat(Files.readString(output.resolve("filings.csv"))).startsWith("filing_id,accession_number,");
    }
}
