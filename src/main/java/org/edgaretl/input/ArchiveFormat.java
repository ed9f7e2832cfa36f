package org.edgaretl.input;

import java.util.Locale;
import java.util.Optional;

/** The archive kinds read directly as bundles of filings, recognized by file name. */
public enum ArchiveFormat {
    TAR, TAR_GZ, ZIP;

    /** Separates an archive's path from an entry's name in a source name: {@code 20250102.nc.tar.gz!0001-25-1.nc}. */
    public static final String ENTRY_SEPARATOR = "!";

    public static Optional<ArchiveFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar")) {
            return Optional.of(TAR);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return Optional.of(TAR_GZ);
        }
        if (name.endsWith(".zip")) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }
}
