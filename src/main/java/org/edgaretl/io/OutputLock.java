package org.edgaretl.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output directory, so that two runs never write the same files at once. The
 * operating system releases it when the process dies, even by {@code kill -9}, so a crashed run never
 * leaves a stale lock behind.
 */
public final class OutputLock implements AutoCloseable {

    public static final String FILE_NAME = ".edgar-etl.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once, naming the directory. */
    public static OutputLock acquire(Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        Path path = outputDirectory.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IOException("another run is writing to " + outputDirectory + " (it holds " + path + ")");
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("this process already writes to " + outputDirectory, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
