import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of N filings by replicating real filings with distinct ids:
 * {@code java jobs/ReplicateCorpus.java SOURCE_DIR TARGET_DIR N}. Copy r of a filing goes to
 * {@code TARGET/rNNNNN/<relative path>}; a filing with an SEC header gets a new accession number
 * (same length, every occurrence replaced, so the header and the document agree), one without gets a
 * distinct trailing line, so every copy is a distinct filing with its own sha256. The real mix of eras
 * and sizes is kept: the source files are taken round-robin, in sorted order.
 */
public final class ReplicateCorpus {

    private static final List<String> ERAS = List.of("1990s", "2001-2004", "modern", "other-forms", "seed");
    private static final Pattern ACCESSION = Pattern.compile("(?:ACCESSION NUMBER:\\s*|<ACCESSION-NUMBER>)(\\d{10})-(\\d{2}-\\d{6})");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java jobs/ReplicateCorpus.java SOURCE_DIR TARGET_DIR N");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<Path> files = filings(source);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no filings under " + source);
        }
        byte[][] contents = new byte[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            contents[i] = Files.readAllBytes(files.get(i));
        }
        long bytes = 0;
        for (int k = 0; k < n; k++) {
            int i = k % files.size();
            int replica = k / files.size();
            byte[] copy = distinct(contents[i], i, replica);
            Path out = target.resolve(String.format("r%05d", replica)).resolve(source.relativize(files.get(i)).toString());
            Files.createDirectories(out.getParent());
            Files.write(out, copy);
            bytes += copy.length;
        }
        System.out.printf(Locale.ROOT, "%d filings, %d bytes (%d distinct sources from %s) in %s%n",
                n, bytes, files.size(), source, target);
    }

    private static List<Path> filings(Path source) throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (String era : ERAS) {
            Path dir = source.resolve(era);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(p -> isFiling(p.getFileName().toString())).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private static boolean isFiling(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Stream.of(".txt", ".htm", ".html", ".nc").anyMatch(lower::endsWith);
    }

    /** The filing with a replica-specific accession number, or with a distinct trailing line when it has none. */
    static byte[] distinct(byte[] original, int fileIndex, int replica) {
        // ISO-8859-1 maps bytes 1:1 to chars, so the rewrite never changes any other byte.
        String text = new String(original, 0, Math.min(original.length, 1 << 16), StandardCharsets.ISO_8859_1);
        Matcher m = ACCESSION.matcher(text);
        if (m.find()) {
            String old = m.group(1) + "-" + m.group(2);
            String fresh = String.format("%010d", 9_000_000_000L + fileIndex * 100_000L + replica) + "-" + m.group(2);
            return replaceAll(original, old.getBytes(StandardCharsets.US_ASCII), fresh.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] tail = ("\n<!-- replica " + replica + " -->\n").getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(original, original.length + tail.length);
        System.arraycopy(tail, 0, copy, original.length, tail.length);
        return copy;
    }

    private static byte[] replaceAll(byte[] data, byte[] from, byte[] to) {
        byte[] out = data.clone();
        outer:
        for (int i = 0; i + from.length <= out.length; i++) {
            for (int j = 0; j < from.length; j++) {
                if (out[i + j] != from[j]) {
                    continue outer;
                }
            }
            System.arraycopy(to, 0, out, i, to.length);
            i += from.length - 1;
        }
        return out;
    }
}
