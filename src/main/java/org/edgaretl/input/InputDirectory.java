package org.edgaretl.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The filing files under an input directory: every {@code .txt}, {@code .htm}, {@code .html}, {@code .nc}
 * (and {@code .gz} of those) found recursively, in a stable order (by relative path), never following
 * symbolic links out of the directory. Reads are bounded so that one huge or compressed-bomb file is a
 * reject, not an out-of-memory error.
 */
public final class InputDirectory {

    private static final List<String> EXTENSIONS = List.of(".txt", ".htm", ".html", ".nc");

    private final Path root;
    private final long maxFileBytes;

    public InputDirectory(Path root, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    public Path root() {
        return root;
    }

    /** Relative paths of the filing files, sorted; fails with a clear message when the directory is missing. */
    public List<String> list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the input directory does not exist");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> isFilingName(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    public static boolean isFilingName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String ext : EXTENSIONS) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /** Reads one listed file, decompressing {@code .gz}; problems become an unreadable {@link FilingFile}. */
    public FilingFile read(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            return FilingFile.unreadable(relativePath, "outside_input", relativePath + ": the path leaves the input directory");
        }
        try {
            if (Files.isSymbolicLink(path)) {
                return FilingFile.unreadable(relativePath, "symbolic_link", relativePath + ": symbolic links are not followed");
            }
            long size = Files.size(path);
            boolean gzip = relativePath.toLowerCase(Locale.ROOT).endsWith(".gz");
            if (!gzip && size > maxFileBytes) {
                return tooLarge(relativePath, size);
            }
            try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(path)) : Files.newInputStream(path)) {
                byte[] bytes = readBounded(in);
                return bytes == null ? tooLarge(relativePath, -1) : FilingFile.of(relativePath, bytes);
            }
        } catch (NoSuchFileException e) {
            return FilingFile.unreadable(relativePath, "missing_file", relativePath + ": the file disappeared before it was read");
        } catch (IOException e) {
            return FilingFile.unreadable(relativePath, "unreadable_file", relativePath + ": " + e);
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxFileBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private FilingFile tooLarge(String relativePath, long size) {
        String actual = size >= 0 ? size + " bytes" : "more when decompressed";
        return FilingFile.unreadable(relativePath, "too_large",
                relativePath + ": " + actual + " exceeds the limit of " + maxFileBytes + " bytes (edgar.max-file-bytes)");
    }
}
