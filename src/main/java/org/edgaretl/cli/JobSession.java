package org.edgaretl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.edgaretl.io.OutputLock;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a command that runs the ingest job holds while it runs: the output directory's lock, the Spring
 * context, and the SIGTERM handler; closed in the reverse order.
 */
final class JobSession implements AutoCloseable {

    private final OutputLock lock;
    private final ConfigurableApplicationContext context;
    private final GracefulStop stop;

    private JobSession(OutputLock lock, ConfigurableApplicationContext context, GracefulStop stop) {
        this.lock = lock;
        this.context = context;
        this.stop = stop;
    }

    /** Prints why the input cannot be read and returns true when it does not exist. */
    static boolean inputMissing(Path input) {
        if (Files.exists(input)) {
            return false;
        }
        System.err.println("edgar-etl: input directory not found: " + input.toAbsolutePath());
        return true;
    }

    /** @param more further properties chosen on the command line (threads, partitions, workers) */
    static JobSession open(Path output, DatabaseOptions database, Map<String, Object> more) throws IOException {
        OutputLock lock = OutputLock.acquire(output);
        try {
            ConfigurableApplicationContext context = SpringContexts.start(database, more);
            return new JobSession(lock, context, GracefulStop.install(context));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        try {
            stop.close();
        } finally {
            lock.close();
        }
    }
}
