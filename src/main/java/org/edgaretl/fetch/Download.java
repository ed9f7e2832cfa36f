package org.edgaretl.fetch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One file to bring: a filing's complete submission text, or a day's feed archive.
 *
 * @param path      its path under {@code /Archives/} and under the destination
 * @param accession the accession number the submission must state, or {@code null} for a feed archive
 * @param day       the day it belongs to
 */
public record Download(String path, String accession, LocalDate day) {

    public Download {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(day, "day");
    }

    public static Download filing(IndexEntry entry) {
        return new Download(entry.fileName(), entry.accessionNumber(), entry.dateFiled());
    }

    public static Download feed(LocalDate day) {
        return new Download(EdgarLayout.feed(day), null, day);
    }

    public boolean isFeed() {
        return accession == null;
    }

    public Checks.Check check() {
        return isFeed() ? Checks.feedArchive() : Checks.submission(accession);
    }
}
