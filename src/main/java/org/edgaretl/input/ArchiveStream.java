package org.edgaretl.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Forward-only access to the entries of one archive, streaming: a tar is decompressed as it is read and
 * never unpacked to disk; a zip is read through its central directory. Entries are numbered in archive
 * order, every entry counting, so an entry's number is a stable address for restarts.
 */
final class ArchiveStream implements Closeable {

    /** One entry's header: how it is stored matters as much as its name, for links are never followed. */
    record Entry(int index, String name, boolean directory, String link, long size) {
    }

    private final TarArchiveInputStream tar;
    private final ZipFile zip;
    private final Iterator<ZipArchiveEntry> zipEntries;
    private ZipArchiveEntry zipCurrent;
    private int index = -1;

    private ArchiveStream(TarArchiveInputStream tar, ZipFile zip) {
        this.tar = tar;
        this.zip = zip;
        this.zipEntries = zip == null ? null : Collections.list(zip.getEntries()).iterator();
    }

    static ArchiveStream open(Path path, ArchiveFormat format) throws IOException {
        return switch (format) {
            case ZIP -> new ArchiveStream(null, ZipFile.builder().setPath(path).get());
            case TAR -> new ArchiveStream(new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(path))), null);
            case TAR_GZ -> {
                InputStream file = new BufferedInputStream(Files.newInputStream(path));
                try {
                    // EDGAR feeds may be several concatenated gzip members; read them all as one tar.
                    yield new ArchiveStream(new TarArchiveInputStream(new BufferedInputStream(
                            GzipCompressorInputStream.builder().setInputStream(file).setDecompressConcatenated(true).get())),
                            null);
                } catch (IOException e) {
                    file.close();
                    throw e;
                }
            }
        };
    }

    /** The number of the entry last returned by {@link #next()}, or -1 before the first. */
    int index() {
        return index;
    }

    /** The next entry, or {@code null} at the end of the archive. */
    Entry next() throws IOException {
        if (tar != null) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null) {
                return null;
            }
            index++;
            String link = entry.isSymbolicLink() ? "symbolic link" : entry.isLink() ? "hard link" : null;
            return new Entry(index, entry.getName(), entry.isDirectory(), link, entry.getSize());
        }
        if (!zipEntries.hasNext()) {
            zipCurrent = null;
            return null;
        }
        zipCurrent = zipEntries.next();
        index++;
        return new Entry(index, zipCurrent.getName(), zipCurrent.isDirectory(),
                zipCurrent.isUnixSymlink() ? "symbolic link" : null, zipCurrent.getSize());
    }

    /** The current entry's bytes; the caller must not close a tar's stream, which carries the later entries. */
    InputStream content() throws IOException {
        return tar != null ? tar : zip.getInputStream(zipCurrent);
    }

    @Override
    public void close() throws IOException {
        if (tar != null) {
            tar.close();
        } else {
            zip.close();
        }
    }
}
