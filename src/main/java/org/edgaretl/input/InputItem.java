package org.edgaretl.input;

import org.edgaretl.domain.RejectReason;
import java.util.Objects;

/**
 * One item of the input, in the input's stable order: a plain filing file, or one entry of an archive,
 * addressed by its position in the archive so that duplicate entry names stay distinct. An entry found
 * unsafe while listing carries the reason it will be rejected without being read.
 *
 * @param sourceName  the name rows and rejects carry: {@code path/in/input} or {@code archive.tar.gz!entry/name}
 * @param file        the file's path relative to the input directory
 * @param entryIndex  the entry's position in the archive (counting every entry), or {@code -1} for a plain file
 * @param problemReason a reject reason found while listing ({@code unsafe_entry}), or {@code null}
 * @param problem     the message of that reject
 */
public record InputItem(String sourceName, String file, int entryIndex, RejectReason problemReason, String problem) {

    public InputItem {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(file, "file");
    }

    static InputItem plain(String file) {
        return new InputItem(file, file, -1, null, null);
    }

    public boolean inArchive() {
        return entryIndex >= 0;
    }
}
