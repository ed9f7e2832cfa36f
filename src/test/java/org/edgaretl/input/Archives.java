package org.edgaretl.input;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds test archives of real corpus filings, including hostile entries, as a feed or an attacker would. */
public final class Archives {

    private final TarArchiveOutputStream tar;
    private final ZipArchiveOutputStream zip;

    private Archives(TarArchiveOutputStream tar, ZipArchiveOutputStream zip) {
        this.tar = tar;
        this.zip = zip;
    }

    public static Archives tar(Path path, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(path);
        if (gzip) {
            out = new GzipCompressorOutputStream(out);
        }
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        return new Archives(tar, null);
    }

    public static Archives zip(Path path) throws IOException {
        return new Archives(null, new ZipArchiveOutputStream(path));
    }

    /** The bytes of a filing of the test corpus, by its path under {@code corpus/}. */
    public static byte[] corpus(String relative) throws IOException {
        try {
            return Files.readAllBytes(Path.of(Archives.class.getResource("/corpus/" + relative).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Archives add(String name, byte[] bytes) throws IOException {
        if (tar != null) {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(bytes.length);
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        } else {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            zip.putArchiveEntry(entry);
            zip.write(bytes);
            zip.closeArchiveEntry();
        }
        return this;
    }

    public Archives addCorpus(String name, String corpusFile) throws IOException {
        return add(name, corpus(corpusFile));
    }

    public Archives symlink(String name, String target) throws IOException {
        if (tar != null) {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(target);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        } else {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(0120777);
            zip.putArchiveEntry(entry);
            zip.write(target.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return this;
    }

    public Archives hardlink(String name, String target) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
        entry.setLinkName(target);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
        return this;
    }

    public Archives directory(String name) throws IOException {
        if (tar != null) {
            tar.putArchiveEntry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"));
            tar.closeArchiveEntry();
        } else {
            zip.putArchiveEntry(new ZipArchiveEntry(name.endsWith("/") ? name : name + "/"));
            zip.closeArchiveEntry();
        }
        return this;
    }

    public void close() throws IOException {
        if (tar != null) {
            tar.close();
        } else {
            zip.close();
        }
    }
}
