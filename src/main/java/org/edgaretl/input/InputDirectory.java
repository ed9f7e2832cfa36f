package org.edgaretl.input;

import org.edgaretl.domain.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The filing files of an input: every {@code .txt}, {@code .htm}, {@code .html}, {@code .nc} (and {@code .gz}
 * of those) found recursively under a directory, and every such entry of the {@code .tar}, {@code .tar.gz},
 * {@code .tgz} and {@code .zip} archives found there (an EDGAR daily feed {@code YYYYMMDD.nc.tar.gz} is one).
 * The input may also be a single archive file. Items come in a stable order (files by relative path, entries
 * in archive order), symbolic links are never followed, archive entries that are links or whose names could
 * reach outside the input are rejected, and reads are bounded so that one huge or compressed-bomb file is a
 * reject, not an out-of-memory error. Nothing is ever unpacked to disk.
 */
public final class InputDirectory {

    private static final List<String> EXTENSIONS = List.of(".txt", ".htm", ".html", ".nc");

    private final Path root;
    private final Path directory;
    private final Path singleFile;
    private final long maxFileBytes;

    /** @param root a directory of filing files and archives, or one archive (or filing) file */
    public InputDirectory(Path root, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        boolean file = Files.isRegularFile(this.root, LinkOption.NOFOLLOW_LINKS);
        this.directory = file ? this.root.getParent() : this.root;
        this.singleFile = file ? this.root.getFileName() : null;
        this.maxFileBytes = maxFileBytes;
    }

    public Path root() {
        return root;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /** Source names of the items, in order; fails with a clear message when the input is missing. */
    public List<String> list() throws IOException {
        return items().stream().map(InputItem::sourceName).toList();
    }

    /** The items in their stable order; lists each archive's entries by streaming through it once. */
    public List<InputItem> items() throws IOException {
        List<String> files;
        if (singleFile != null) {
            files = List.of(singleFile.toString());
        } else {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, "the input directory does not exist");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> isFilingName(p.getFileName().toString()) || isArchive(p.getFileName().toString()))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            }
        }
        List<InputItem> items = new ArrayList<>();
        for (String file : files) {
            Optional<ArchiveFormat> format = ArchiveFormat.of(file);
            if (format.isPresent()) {
                listArchive(file, format.get(), items);
            } else {
                items.add(InputItem.plain(file));
            }
        }
        return items;
    }

    private void listArchive(String file, ArchiveFormat format, List<InputItem> items) {
        try (ArchiveStream archive = ArchiveStream.open(directory.resolve(file), format)) {
            for (ArchiveStream.Entry entry = archive.next(); entry != null; entry = archive.next()) {
                String source = file + ArchiveFormat.ENTRY_SEPARATOR + entry.name();
                String unsafe = entry.link() != null ? "it is a " + entry.link() : unsafeName(entry.name());
                if (unsafe != null) {
                    items.add(new InputItem(source, file, entry.index(), RejectReason.UNSAFE_ENTRY,
                            source + ": archive entry refused, " + unsafe));
                } else if (!entry.directory() && isFilingName(baseName(entry.name()))) {
                    items.add(new InputItem(source, file, entry.index(), null, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A corrupt archive is one reject; its entries listed before the damage still count.
            items.add(new InputItem(file, file, -1, RejectReason.UNREADABLE_ARCHIVE, file + ": cannot read the archive: " + e));
        }
    }

    /** Why an entry name could reach outside the input if it were ever unpacked, or {@code null} when it cannot. */
    static String unsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
            return "its name is an absolute path";
        }
        if (n.indexOf('\0') >= 0) {
            return "its name holds a NUL character";
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return "its name climbs out of the archive (..)";
            }
        }
        return null;
    }

    private static String baseName(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    public static boolean isArchive(String fileName) {
        return ArchiveFormat.of(fileName).isPresent();
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

    /** A reader of items in list order that keeps an archive open between its entries; close it after use. */
    public InputCursor cursor() {
        return new InputCursor(this);
    }

    Path resolve(String relativePath) {
        return directory.resolve(relativePath);
    }

    /** The size in bytes of a listed file (plain or archive), or 1 when it cannot be read: a work estimate only. */
    public long sizeOf(String relativeFile) {
        try {
            Path path = directory.resolve(relativeFile);
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Math.max(1, Files.size(path)) : 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** Reads one listed plain file, decompressing {@code .gz}; problems become an unreadable {@link FilingFile}. */
    public FilingFile read(String relativePath) {
        Path path = directory.resolve(relativePath).normalize();
        if (!path.startsWith(directory)) {
            return FilingFile.unreadable(relativePath, RejectReason.OUTSIDE_INPUT, relativePath + ": the path leaves the input directory");
        }
        try {
            if (Files.isSymbolicLink(path)) {
                return FilingFile.unreadable(relativePath, RejectReason.SYMBOLIC_LINK, relativePath + ": symbolic links are not followed");
            }
            long size = Files.size(path);
            boolean gzip = relativePath.toLowerCase(Locale.ROOT).endsWith(".gz");
            if (!gzip && size > maxFileBytes) {
                return tooLarge(relativePath, size);
            }
            if (!gzip) {
                // One array of the file's size: growing a buffer and copying it out was a fifth of all allocation.
                byte[] bytes = Files.readAllBytes(path);
                return bytes.length > maxFileBytes ? tooLarge(relativePath, bytes.length) : FilingFile.of(relativePath, bytes);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                byte[] bytes = readBounded(in);
                return bytes == null ? tooLarge(relativePath, -1) : FilingFile.of(relativePath, bytes);
            }
        } catch (NoSuchFileException e) {
            return FilingFile.unreadable(relativePath, RejectReason.MISSING_FILE, relativePath + ": the file disappeared before it was read");
        } catch (IOException e) {
            return FilingFile.unreadable(relativePath, RejectReason.UNREADABLE_FILE, relativePath + ": " + e);
        }
    }

    /** The stream's bytes, or {@code null} once they exceed the limit; does not close the stream. */
    byte[] readBounded(InputStream in) throws IOException {
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

    FilingFile tooLarge(String sourceName, long size) {
        String actual = size >= 0 ? size + " bytes" : "more when decompressed";
        return FilingFile.unreadable(sourceName, RejectReason.TOO_LARGE,
                sourceName + ": " + actual + " exceeds the limit of " + maxFileBytes + " bytes (edgar.max-file-bytes)");
    }
}
