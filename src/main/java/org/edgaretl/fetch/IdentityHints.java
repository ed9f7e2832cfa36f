package org.edgaretl.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.edgaretl.domain.FilingIdentity;

/**
 * The index entries a fetch kept beside its files ({@code edgar/daily-index/**}/{@code master.*.idx} under
 * an input directory), looked up by a file's source name: {@code edgar/data/CIK/ACCESSION.txt} by its path,
 * a feed archive's {@code …!ACCESSION.nc} entry by its accession number. Ingest takes from them the
 * identity a file does not state itself.
 */
public final class IdentityHints {

    private static final IdentityHints NONE = new IdentityHints(Map.of(), Map.of());
    private static final Pattern ACCESSION_NAME = Pattern.compile("(\\d{10}-\\d{2}-\\d{6})\\.(?:txt|nc)$");

    private final Map<String, FilingIdentity> byPath;
    private final Map<String, FilingIdentity> byAccession;

    private IdentityHints(Map<String, FilingIdentity> byPath, Map<String, FilingIdentity> byAccession) {
        this.byPath = byPath;
        this.byAccession = byAccession;
    }

    public static IdentityHints none() {
        return NONE;
    }

    /** The entries kept under an input directory; none for an archive given as the input, or a plain folder. */
    public static IdentityHints load(Path input) throws IOException {
        Path indexes = input.resolve("edgar").resolve("daily-index");
        if (!Files.isDirectory(indexes, LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(indexes)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().matches("master\\.\\d{8}\\.idx"))
                    .sorted()
                    .toList();
        }
        Map<String, FilingIdentity> byPath = new HashMap<>();
        Map<String, FilingIdentity> byAccession = new HashMap<>();
        for (Path file : files) {
            MasterIndex.read(file, entry -> {
                FilingIdentity identity = entry.identity();
                byPath.putIfAbsent(entry.fileName(), identity);
                byAccession.putIfAbsent(identity.accessionNumber(), identity);
            });
        }
        return new IdentityHints(byPath, byAccession);
    }

    /** The kept identity of a file, by its source name relative to the input. */
    public Optional<FilingIdentity> of(String sourceName) {
        if (byPath.isEmpty()) {
            return Optional.empty();
        }
        FilingIdentity exact = byPath.get(sourceName);
        if (exact != null) {
            return Optional.of(exact);
        }
        Matcher m = ACCESSION_NAME.matcher(sourceName);
        return m.find() ? Optional.ofNullable(byAccession.get(m.group(1))) : Optional.empty();
    }

    public int size() {
        return byAccession.size();
    }
}
