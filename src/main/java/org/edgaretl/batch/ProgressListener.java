package org.edgaretl.batch;

import java.io.Console;
import java.time.Duration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Progress of a long run, over the partitions this process runs: on a terminal, one live line rewritten
 * after each chunk (done/total, files per second, ETA); otherwise (cron, systemd, a log file) a line on stdout
 * at most every {@code interval}. One listener serves every partition thread, so its counts are atomic.
 */
public final class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private final FilingFileReader reader;
    private final Console console;
    private final long intervalNanos;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong doneThisRun = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    /** Items each running partition had read at its last report, by step execution id. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private volatile long startNanos;
    private long lastReport;

    /** @param reader the step-scoped reader, which resolves to the calling partition's own reader */
    public ProgressListener(FilingFileReader reader, Console console, Duration interval) {
        this.reader = reader;
        this.console = console;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (running.getAndIncrement() == 0) {
            startNanos = System.nanoTime();
            lastReport = startNanos;
            total.set(0);
            done.set(0);
            doneThisRun.set(0);
        }
        ExecutionContext context = stepExecution.getExecutionContext();
        // the whole run's listing; partitions that completed before a restart are not counted as done
        total.accumulateAndGet(context.getInt(FileRange.TOTAL, 0), Math::max);
        // a restarted partition begins past the items it already committed; the rate counts only this run's reads
        long restored = context.getInt(reader.getExecutionContextKey("read.count"), 0);
        seen.put(stepExecution.getId(), restored);
        done.addAndGet(restored);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null) {
            return;
        }
        long count = reader.getCurrentItemCount() - 1L;
        Long previous = seen.put(step.getStepExecution().getId(), count);
        long delta = previous == null ? 0 : count - previous;
        done.addAndGet(delta);
        doneThisRun.addAndGet(delta);
        report();
    }

    private synchronized void report() {
        long now = System.nanoTime();
        String line = line(done.get(), total.get(), doneThisRun.get(), now - startNanos);
        if (console != null) {
            console.writer().print("\r" + line + "   ");
            console.writer().flush();
        } else if (now - lastReport >= intervalNanos) {
            lastReport = now;
            System.out.println(line);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        seen.remove(stepExecution.getId());
        if (running.decrementAndGet() == 0 && console != null) {
            synchronized (this) {
                console.writer().println();
                console.writer().flush();
            }
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
