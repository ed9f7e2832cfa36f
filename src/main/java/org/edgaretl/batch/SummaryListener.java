package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Writes the run's {@code summary.json} beside its CSV files when an execution ends, whatever its status. */
public final class SummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SummaryListener.class);

    @Override
    public void afterJob(JobExecution jobExecution) {
        String output = jobExecution.getJobParameters().getString(IngestLauncher.OUTPUT);
        if (output == null) {
            return;
        }
        try {
            RunSummary.of(jobExecution).writeJson(Path.of(output));
        } catch (IOException e) {
            // The rows are committed; a missing summary must not fail the run that produced them.
            log.warn("cannot write {} in {}: {}", RunSummary.FILE_NAME, output, e.toString());
        }
    }
}
