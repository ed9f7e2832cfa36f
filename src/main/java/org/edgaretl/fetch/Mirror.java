package org.edgaretl.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of EDGAR's archive that a fetch mirrors under its destination, and the files there as the
 * state of the fetch: a day whose daily index is on disk was published, a filing whose file is on disk is
 * complete (it took its name only after its checks), and a restart does only what is missing. A day's
 * index is kept in EDGAR's daily form ({@code edgar/daily-index/YYYY/QTRn/master.YYYYMMDD.idx}) whichever
 * index it came from, and ingest reads it for the identity of the files beside it.
 */
public final class Mirror {

    private static final Logger log = LoggerFactory.getLogger(Mirror.class);

    private final FetchRequest request;

    public Mirror(FetchRequest request) {
        this.request = request;
    }

    public FetchRequest request() {
        return request;
    }

    public Path dailyIndex(LocalDate day) {
        return EdgarLayout.local(request.dest(), EdgarLayout.dailyIndex(day));
    }

    public Path file(Download download) {
        return EdgarLayout.local(request.dest(), download.path());
    }

    /** Whether the download is already complete on disk (files take their names only when complete). */
    public boolean has(Download download) {
        return Files.isRegularFile(file(download));
    }

    /** The days of the request whose index is on disk: EDGAR published filings on them. */
    public List<LocalDate> publishedDays() {
        return request.days().stream().filter(d -> Files.isRegularFile(dailyIndex(d))).toList();
    }

    /**
     * Brings each day's index that is not on disk yet: the daily index, or the quarter's master index
     * split into days. A day EDGAR has no index for (a weekend, a holiday: 404) stays without one.
     *
     * @return the number of index files downloaded
     */
    public int fetchIndexes(EdgarClient client) throws FetchException, InterruptedException {
        int downloaded = 0;
        if (request.quarterly()) {
            Map<String, List<LocalDate>> quarters = new LinkedHashMap<>();
            for (LocalDate day : request.days()) {
                if (!Files.isRegularFile(dailyIndex(day))) {
                    quarters.computeIfAbsent(EdgarLayout.fullIndex(day), q -> new ArrayList<>()).add(day);
                }
            }
            for (Map.Entry<String, List<LocalDate>> quarter : quarters.entrySet()) {
                Path full = EdgarLayout.local(request.dest(), quarter.getKey());
                if (!Files.isRegularFile(full)) {
                    if (client.download(quarter.getKey(), full, Checks.masterIndex(), true).isEmpty()) {
                        continue;
                    }
                    downloaded++;
                }
                splitIntoDays(full, quarter.getValue());
            }
            return downloaded;
        }
        for (LocalDate day : request.days()) {
            Path daily = dailyIndex(day);
            if (!Files.isRegularFile(daily)) {
                OptionalLong bytes = client.download(EdgarLayout.dailyIndex(day), daily, Checks.masterIndex(), false);
                downloaded += bytes.isPresent() ? 1 : 0;
            }
        }
        return downloaded;
    }

    /** Writes each wanted day's entries of a quarterly index as that day's daily index, if it has any. */
    private void splitIntoDays(Path full, List<LocalDate> days) throws FetchException {
        Set<LocalDate> wanted = new HashSet<>(days);
        Map<LocalDate, List<IndexEntry>> byDay = new TreeMap<>();
        try {
            MasterIndex.Problems problems = MasterIndex.read(full, e -> {
                if (wanted.contains(e.dateFiled())) {
                    byDay.computeIfAbsent(e.dateFiled(), d -> new ArrayList<>()).add(e);
                }
            });
            problems.lines().forEach(p -> log.warn("{}: {}", full, p));
            for (Map.Entry<LocalDate, List<IndexEntry>> day : byDay.entrySet()) {
                Path daily = dailyIndex(day.getKey());
                Files.createDirectories(daily.getParent());
                Path tmp = daily.resolveSibling(daily.getFileName() + ".part");
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
                    MasterIndex.writeDaily(out, "Entries of " + day.getKey() + " from "
                            + request.dest().relativize(full), day.getValue());
                }
                Files.move(tmp, daily, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FetchException("cannot split " + full + " into days: " + e.getMessage(), e);
        }
    }

    /**
     * The files to bring, in a stable order: each published day's filings that pass the filters (one per
     * accession number: a submission with several filers is listed once per filer), or its feed archive.
     */
    public List<Download> downloads() {
        List<Download> downloads = new ArrayList<>();
        for (LocalDate day : publishedDays()) {
            if (request.feed()) {
                downloads.add(Download.feed(day));
            } else {
                downloads.addAll(filings(day));
            }
        }
        return downloads;
    }

    /** The filings of a published day that pass the filters, by path, one per accession number. */
    List<Download> filings(LocalDate day) {
        List<IndexEntry> entries;
        try {
            entries = new ArrayList<>();
            MasterIndex.Problems problems = MasterIndex.read(dailyIndex(day), entries::add);
            problems.lines().forEach(p -> log.warn("{}: {}", dailyIndex(day), p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept index " + dailyIndex(day) + ": " + e.getMessage(), e);
        }
        Set<String> seen = new HashSet<>();
        return entries.stream()
                .filter(request::keeps)
                .sorted(Comparator.comparing(IndexEntry::fileName))
                .filter(e -> seen.add(e.accessionNumber()))
                .map(Download::filing)
                .toList();
    }

    /** Deletes the temporary files that interrupted downloads left (they are never read, only untidy). */
    public int sweepTemporaries() throws IOException {
        Path edgar = request.dest().resolve("edgar");
        if (!Files.isDirectory(edgar)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> files = Files.walk(edgar)) {
            for (Path f : (Iterable<Path>) files.filter(Mirror::isTemporary)::iterator) {
                n += Files.deleteIfExists(f) ? 1 : 0;
            }
        }
        return n;
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".part") || name.matches(".*\\.part-\\d+");
    }
}
