package org.edgaretl.batch;

import java.io.Console;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long run: on a terminal, one live line rewritten after each chunk (done/total, filings per
 * second, ETA); otherwise (cron, systemd, a log file) a log line at most every {@code interval}.
 */
public final class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final FilingFileReader reader;
    private final Console console;
    private final long intervalNanos;
    private long startNanos;
    private long startCount;
    private long lastReport;

    public ProgressListener(FilingFileReader reader, Console console, Duration interval) {
        this.reader = reader;
        this.console = console;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        startNanos = System.nanoTime();
        lastReport = startNanos;
        startCount = -1;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        long done = reader.getCurrentItemCount() - 1L;
        if (startCount < 0) {
            // a restart begins past the items it already committed; the rate counts only this run's reads
            startCount = Math.max(0, done - chunk.size());
        }
        String line = line(done, reader.total(), done - startCount, now - startNanos);
        if (console != null) {
            console.writer().print("\r" + line + "   ");
            console.writer().flush();
        } else if (now - lastReport >= intervalNanos) {
            lastReport = now;
            log.info(line);
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (console != null) {
            console.writer().println();
            console.writer().flush();
        }
        return null;
    }

    static String line(long done, long total, long doneThisRun, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = doneThisRun / seconds;
        String eta = rate > 0 ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "?";
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        return String.format(java.util.Locale.ROOT, "progress: %d/%d files (%d%%), %.1f files/s, ETA %s", done, total, percent, rate, eta);
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
