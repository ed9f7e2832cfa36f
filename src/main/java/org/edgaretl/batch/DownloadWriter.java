package org.edgaretl.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.edgaretl.fetch.Download;
import org.edgaretl.fetch.EdgarClient;
import org.edgaretl.fetch.EdgarLayout;
import org.edgaretl.fetch.FetchException;
import org.edgaretl.fetch.Mirror;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Downloads a chunk's files, several at once (each still waits for its turn under the client's rate cap);
 * every file lands complete under its final name or not at all, so the chunk's commit only records how far
 * the step got. A file that cannot be brought fails the chunk, after the others of the chunk have ended,
 * with the client's message naming the URL; the same command then resumes.
 */
public class DownloadWriter implements ItemStreamWriter<Download> {

    static final String BYTES = "fetch.bytes";

    private final EdgarClient client;
    private final Mirror mirror;
    private final AtomicLong bytes = new AtomicLong();
    private ExecutorService executor;

    public DownloadWriter(EdgarClient client, Mirror mirror) {
        this.client = client;
        this.mirror = mirror;
    }

    @Override
    public void open(ExecutionContext context) {
        bytes.set(context.getLong(BYTES, 0L));
        executor = Executors.newFixedThreadPool(client.settings().inFlight(), r -> {
            Thread t = new Thread(r, "fetch-" + r.hashCode());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void write(Chunk<? extends Download> chunk) throws Exception {
        List<Future<Long>> results = new ArrayList<>();
        for (Download download : chunk) {
            results.add(executor.submit(() -> download(download)));
        }
        Exception first = null;
        for (Future<Long> result : results) {
            try {
                bytes.addAndGet(result.get());
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private long download(Download download) throws FetchException, InterruptedException {
        OptionalLong size = client.download(download.path(), mirror.file(download), download.check(), download.isFeed());
        if (size.isEmpty()) {
            throw new FetchException("GET " + EdgarLayout.url(client.settings().baseUrl(), download.path())
                    + ": 404 Not Found, though the index of " + download.day() + " lists it");
        }
        return size.getAsLong();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(BYTES, bytes.get());
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
