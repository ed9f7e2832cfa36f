package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.edgaretl.EdgarEtlApplication;
import org.edgaretl.io.RunManifest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes {@code manifest.json} into the output directory when an ingest run completes, and removes a stale
 * one when a run starts, so that an output directory carries a manifest exactly when its files are a
 * completed run. A manifest that cannot be written fails the execution, and a restart writes it.
 */
@Component
public class RunManifestListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunManifestListener.class);

    private final ObjectProvider<Flyway> flyway;
    private final EdgarProperties properties;

    public RunManifestListener(ObjectProvider<Flyway> flyway, EdgarProperties properties) {
        this.flyway = flyway;
        this.properties = properties;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            Files.deleteIfExists(output(execution).resolve(RunManifest.FILE_NAME));
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove the previous run's " + RunManifest.FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        Path output = output(execution);
        try {
            RunManifest manifest = new RunManifest(RunManifest.VERSION, "edgar-etl", EdgarEtlApplication.version(), schemaVersion(),
                    execution.getId(), execution.getJobParameters().getString(IngestLauncher.INPUT), output.toString(),
                    properties.csvFormulaGuard(), Instant.now().toString(), RunManifest.describeTables(output));
            log.info("Wrote {}", manifest.write(output));
        } catch (IOException | RuntimeException e) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
                    "cannot write " + output.resolve(RunManifest.FILE_NAME) + ": " + e.getMessage()));
            execution.addFailureException(e);
        }
    }

    private static Path output(JobExecution execution) {
        return Path.of(execution.getJobParameters().getString(IngestLauncher.OUTPUT));
    }

    private String schemaVersion() {
        Flyway migrations = flyway.getIfAvailable();
        MigrationInfo current = migrations == null ? null : migrations.info().current();
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }
}
