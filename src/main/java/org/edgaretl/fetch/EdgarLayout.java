package org.edgaretl.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Where EDGAR keeps things under {@code BASE/Archives/}, and the same layout mirrored under a destination
 * directory: {@code edgar/daily-index/2025/QTR1/master.20250102.idx}, {@code edgar/full-index/2025/QTR1/master.idx},
 * {@code edgar/data/CIK/ACCESSION.txt}, {@code edgar/Feed/2025/QTR1/20250102.nc.tar.gz}.
 */
public final class EdgarLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private EdgarLayout() {
    }

    public static int quarter(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    public static String dailyIndex(LocalDate date) {
        return "edgar/daily-index/" + date.getYear() + "/QTR" + quarter(date) + "/master." + DAY.format(date) + ".idx";
    }

    /** The quarterly master index of the quarter that holds the date. */
    public static String fullIndex(LocalDate date) {
        return "edgar/full-index/" + date.getYear() + "/QTR" + quarter(date) + "/master.idx";
    }

    public static String feed(LocalDate date) {
        return "edgar/Feed/" + date.getYear() + "/QTR" + quarter(date) + "/" + DAY.format(date) + ".nc.tar.gz";
    }

    /** The address of an archive path on a server: {@code https://www.sec.gov/Archives/edgar/...}. */
    public static URI url(URI base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b : b + "/") + "Archives/" + path);
    }

    /** The archive path's file under the destination; fails if the path would leave it. */
    public static Path local(Path dest, String path) {
        Path root = dest.toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("the path " + path + " leaves the destination " + root);
        }
        return file;
    }
}
