package org.edgaretl.input;

import org.edgaretl.domain.RejectReason;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the items of an {@link InputDirectory}, keeping the current archive open so that reading its entries
 * in order streams through it once. Asked for an entry behind its position (as after a restart), it reopens
 * the archive and skips forward, so any item can be read by its listing alone.
 */
public final class InputCursor implements Closeable {

    private final InputDirectory input;
    private String openFile;
    private ArchiveStream archive;
    private ArchiveStream.Entry current;

    InputCursor(InputDirectory input) {
        this.input = input;
    }

    /** The item's file; problems (unsafe, too large, unreadable) become an unreadable {@link FilingFile}. */
    public FilingFile read(InputItem item) {
        if (item.problemReason() != null) {
            return FilingFile.unreadable(item.sourceName(), item.problemReason(), item.problem());
        }
        if (!item.inArchive()) {
            return input.read(item.file());
        }
        String source = item.sourceName();
        try {
            ArchiveStream.Entry entry = seek(item);
            String expected = source.substring(item.file().length() + ArchiveFormat.ENTRY_SEPARATOR.length());
            if (entry == null || !entry.name().equals(expected)) {
                closeArchive();
                return FilingFile.unreadable(source, RejectReason.MISSING_ENTRY, source + ": the archive changed since it was listed");
            }
            if (entry.size() > input.maxFileBytes()) {
                return input.tooLarge(source, entry.size());
            }
            InputStream content = archive.content();
            boolean gzip = expected.toLowerCase(Locale.ROOT).endsWith(".gz");
            byte[] bytes = input.readBounded(gzip ? new GZIPInputStream(content) : content);
            return bytes == null ? input.tooLarge(source, -1) : FilingFile.of(source, bytes);
        } catch (IOException | RuntimeException e) {
            closeArchive();
            return FilingFile.unreadable(source, RejectReason.UNREADABLE_FILE, source + ": " + e);
        }
    }

    private ArchiveStream.Entry seek(InputItem item) throws IOException {
        if (archive == null || !item.file().equals(openFile) || archive.index() >= item.entryIndex()) {
            closeArchive();
            Optional<ArchiveFormat> format = ArchiveFormat.of(item.file());
            archive = ArchiveStream.open(input.resolve(item.file()), format.orElseThrow());
            openFile = item.file();
            current = null;
        }
        while (archive.index() < item.entryIndex()) {
            current = archive.next();
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private void closeArchive() {
        if (archive != null) {
            try {
                archive.close();
            } catch (IOException ignored) {
                // a read-only stream: nothing was written that closing could lose
            }
        }
        archive = null;
        openFile = null;
        current = null;
    }

    @Override
    public void close() {
        closeArchive();
    }
}
