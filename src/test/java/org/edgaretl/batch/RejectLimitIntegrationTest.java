package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reject-limit;DB_CLOSE_DELAY=-1",
        "edgar.reject-limit=1"})
class RejectLimitIntegrationTest {

    @Autowired
    IngestLauncher launcher;

    @TempDir
    Path tmp;

    @Test
    void moreRejectsThanTheLimitFailTheJobWithTheReason() throws Exception {
        Path input = JobTestSupport.inputOf(tmp.resolve("in"), "seed/immunogen-1995-08-8k.txt");
        Files.write(input.resolve("a-empty.txt"), new byte[0]);
        Files.write(input.resolve("b-empty.txt"), new byte[0]);

        JobExecution execution = launcher.ingest(input, tmp.resolve("out"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(RunSummary.of(execution).failure()).contains("2 files rejected").contains("limit of 1");
    }
}
