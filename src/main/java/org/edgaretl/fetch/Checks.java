package org.edgaretl.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * What a downloaded file must show before it takes its final name: a submission names the accession
 * number the index gave (an error page or another filing served in its place does not), an index has the
 * master index header, a feed archive reads to its end.
 */
public final class Checks {

    /** A check of a complete download; returns why it is not what was asked for, or {@code null}. */
    @FunctionalInterface
    public interface Check {
        String problem(Path file) throws IOException;
    }

    private static final Pattern STATED = Pattern.compile(
            "(?:ACCESSION NUMBER:\\s*|<ACCESSION-NUMBER>\\s*|<SEC-DOCUMENT>\\s*)(\\d{10}-\\d{2}-\\d{6})");
    private static final int HEAD = 1 << 16;

    private Checks() {
    }

    /** The submission's header (within its first 64 KB) states this accession number and no other first. */
    public static Check submission(String accessionNumber) {
        return file -> {
            String head;
            try (InputStream in = Files.newInputStream(file)) {
                head = new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
            }
            if (head.isEmpty()) {
                return "the file is empty";
            }
            Matcher m = STATED.matcher(head);
            if (!m.find()) {
                return "its header states no accession number (not an EDGAR submission; expected " + accessionNumber + ")";
            }
            return m.group(1).equals(accessionNumber) ? null
                    : "its header names accession number " + m.group(1) + ", not " + accessionNumber + " as the index does";
        };
    }

    /** A master index (daily or quarterly). */
    public static Check masterIndex() {
        return file -> {
            try {
                MasterIndex.read(file, entry -> { });
                return null;
            } catch (IOException e) {
                return e.getMessage();
            }
        };
    }

    /** A gzip-compressed tar archive that reads to its end. */
    public static Check feedArchive() {
        return file -> {
            try (InputStream in = Files.newInputStream(file);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in, true))) {
                while (tar.getNextEntry() != null) {
                    tar.transferTo(java.io.OutputStream.nullOutputStream());
                }
                return null;
            } catch (IOException e) {
                return "not a readable .tar.gz archive: " + e.getMessage();
            }
        };
    }
}
