package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.edgaretl.domain.OfferingKey;
import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The linking step fails after it rewrote {@code financings.csv} and before its store transaction commits (as a
 * kill there would leave it): the rerun of the same command completes with the files of an uninterrupted run and
 * the store linked.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:offering-restart;DB_CLOSE_DELAY=-1",
        "spring.main.allow-bean-definition-overriding=true",
        "edgar.chunk-size=1"})
class OfferingLinkRestartIntegrationTest {

    static final AtomicBoolean FAIL_AFTER_LINKING = new AtomicBoolean();

    private static final String[] FILES = {"modern/0001193125-16-623923.htm", "modern/0001193125-16-629061.htm",
            "modern/0001193125-17-181852.htm", "modern/0000950103-17-005328.htm"};

    @TestConfiguration
    static class FailureInjection {
        /** Replaces the job's linking tasklet with one that fails, once asked, after the real one did its work. */
        @Bean
        @StepScope
        Tasklet offeringLinker(@Value("#{jobParameters['output']}") String output, DataSource dataSource) {
            OfferingLinker real = new OfferingLinker(Path.of(output), dataSource);
            return (contribution, context) -> {
                real.execute(contribution, context);
                if (FAIL_AFTER_LINKING.getAndSet(false)) {
                    throw new IllegalStateException("injected failure after linking, before the commit");
                }
                return RepeatStatus.FINISHED;
            };
        }
    }

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcTemplate store;

    @TempDir
    Path tmp;

    @Test
    void aRunThatFailedWhileLinkingCompletesOnRerunWithTheFilesOfAnUninterruptedRun() throws Exception {
        Path clean = tmp.resolve("clean");
        FAIL_AFTER_LINKING.set(false);
        assertThat(launcher.ingest(JobTestSupport.inputOf(tmp.resolve("clean-in"), FILES), clean).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        Path input = JobTestSupport.inputOf(tmp.resolve("in"), FILES);
        Path output = tmp.resolve("out");
        FAIL_AFTER_LINKING.set(true);
        JobExecution failed = launcher.ingest(input, output);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(output.resolve(RunManifest.FILE_NAME)).doesNotExist();
        assertThat(storeKeys()).as("the store's linking was rolled back").doesNotContainAnyElementsOf(linkedKeys(clean));

        JobExecution resumed = launcher.ingest(input, output);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        for (Table table : Table.values()) {
            assertThat(output.resolve(table.fileName())).as(table.fileName())
                    .hasSameBinaryContentAs(clean.resolve(table.fileName()));
        }
        assertThat(storeKeys()).containsAll(linkedKeys(clean));
        assertThat(output.resolve(RunManifest.FILE_NAME)).exists();
    }

    /** "filing_id seq key" of the clean run's rows that carry another row's key (the closings' rows). */
    private static List<String> linkedKeys(Path run) {
        List<String> linked = JobTestSupport.rows(run.resolve("financings.csv")).stream()
                .filter(r -> {
                    OfferingKey key = OfferingKey.parse(r.get("offering_key"));
                    return !key.equals(OfferingKey.firstReportedBy(key.series(), r.get("filing_id"),
                            Integer.parseInt(r.get("seq"))));
                })
                .map(r -> r.get("filing_id") + " " + r.get("seq") + " " + r.get("offering_key")).toList();
        assertThat(linked).hasSize(5);
        return linked;
    }

    private List<String> storeKeys() {
        return store.queryForList("SELECT filing_id || ' ' || seq || ' ' || offering_key FROM financings", String.class);
    }
}
