package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvTableFile;
import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class RunManifestListenerTest {

    @TempDir
    Path tmp;

    private final RunManifestListener listener = new RunManifestListener(
            new StaticListableBeanFactory().getBeanProvider(Flyway.class), EdgarProperties.defaults());

    @Test
    void aCompletedRunGetsAManifestOfItsFilesAndAStartingRunLosesTheOldOne() throws Exception {
        Path out = writeTables(tmp.resolve("out"));
        JobExecution execution = execution(out, 9);

        listener.beforeJob(execution);
        execution.setStatus(BatchStatus.COMPLETED);
        listener.afterJob(execution);

        RunManifest manifest = RunManifest.read(out);
        assertThat(manifest.jobExecutionId()).isEqualTo(9);
        assertThat(manifest.csvFormulaGuard()).isTrue();
        assertThat(manifest.files()).extracting(RunManifest.FileEntry::name)
                .containsExactly(java.util.Arrays.stream(Table.values()).map(Table::fileName).toArray(String[]::new));
        assertThat(manifest.file("filings.csv").orElseThrow().rows()).isEqualTo(1);

        listener.beforeJob(execution(out, 10));
        assertThat(out.resolve(RunManifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void anUnfinishedRunGetsNone() throws Exception {
        Path out = writeTables(tmp.resolve("out"));
        JobExecution execution = execution(out, 3);
        execution.setStatus(BatchStatus.FAILED);

        listener.afterJob(execution);

        assertThat(out.resolve(RunManifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void aManifestThatCannotBeWrittenFailsTheExecution() throws Exception {
        Path out = writeTables(tmp.resolve("out"));
        Files.delete(out.resolve("rejects.csv"));
        JobExecution execution = execution(out, 4);
        execution.setStatus(BatchStatus.COMPLETED);

        listener.afterJob(execution);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).contains("manifest.json");
        assertThat(out.resolve(RunManifest.FILE_NAME)).doesNotExist();
    }

    private static JobExecution execution(Path out, long id) {
        return new JobExecution(id, new JobInstance(1, IngestJobConfiguration.JOB_NAME), new JobParametersBuilder()
                .addString(IngestLauncher.INPUT, "/input").addString(IngestLauncher.OUTPUT, out.toString())
                .toJobParameters());
    }

    private static Path writeTables(Path out) throws Exception {
        for (Table table : Table.values()) {
            try (CsvTableFile file = CsvTableFile.create(out.resolve(table.fileName()), table.columnNames(),
                    CellSanitizer.ENABLED)) {
                if (table == Table.FILINGS) {
                    file.write(table.columnNames());
                }
            }
        }
        return out;
    }
}
