package org.edgaretl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds an input directory of hostile and malformed filing files next to real ones, each with the outcome the
 * job must give it: {@link #FILING} (a row of filings.csv) or a reject reason code; {@link #IGNORED} for files
 * the input listing does not pick up. Derived filings get distinct accession numbers so none is a duplicate.
 */
final class BadInputs {

    static final String FILING = "filing";
    static final String IGNORED = "ignored";
    /** Per-filing limit the suite runs with: ample for every file but the heading storm. */
    static final String TIMEOUT = "10s";

    private static final String SEED = "1990s/0000914260-00-000037.txt";
    private static final String SEED_ACCESSION = "0000914260-00-000037";

    private final Path dir;
    private final Map<String, String> expected = new LinkedHashMap<>();
    private int variants;

    private BadInputs(Path dir) {
        this.dir = dir;
    }

    static Path corpusFile(String relative) {
        try {
            return Path.of(BadInputs.class.getResource("/corpus/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the files into {@code dir} and returns file name to expected outcome. */
    static Map<String, String> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        BadInputs b = new BadInputs(dir);
        b.writeAll();
        return b.expected;
    }

    private void writeAll() throws IOException {
        byte[] seed = Files.readAllBytes(corpusFile(SEED));
        String seedText = new String(seed, StandardCharsets.ISO_8859_1);
        String header = seedText.substring(0, seedText.indexOf("</SEC-HEADER>") + "</SEC-HEADER>".length());

        put("a-real-8-k.txt", seed, FILING);
        put("empty.txt", new byte[0], "empty_file");
        put("blank.txt", "  \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII), "empty_file");
        put("scan-pdf.txt", concat("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), noise(4096)), "binary_content");
        put("photo-jpeg.htm", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, noise(4096)), "binary_content");
        put("scan.pdf", concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), noise(64)), IGNORED);
        put("photo.jpg", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, noise(64)), IGNORED);
        put("truncated-no-end-document.txt", variant(seedText.substring(0, seedText.indexOf("</DOCUMENT>") - 200)), FILING);
        put("header-only.txt", variant(header + "\n</SEC-DOCUMENT>\n"), "no_document");
        put("header-cut-short.txt", variant(header.substring(0, header.length() / 2)), "no_document");
        sparse("huge-200mb.txt", 200L * 1024 * 1024);
        expected.put("huge-200mb.txt", "too_large");
        gzipBomb("bomb.txt.gz", 100L * 1024 * 1024);
        expected.put("bomb.txt.gz", "too_large");
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>ITEM 5. OTHER EVENTS</p><p>Deep text.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        put("deep-nesting-8-k.txt", variant(header + "\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>d.htm\n<TEXT>\n"
                + deep + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"), FILING);
        put("deep-nesting.htm", "<html><body>".concat("<span><b><i>".repeat(100_000)).concat("no cover here")
                .getBytes(StandardCharsets.US_ASCII), "unrecognized_filing");
        byte[] invalid = variant(seedText);
        for (int i = 2000; i < invalid.length; i += 1500) {
            invalid[i] = (byte) (i % 2 == 0 ? 0xC3 : 0xFF);
        }
        put("invalid-utf8.txt", invalid, FILING);
        byte[] mixed = variant(seedText.replace("INNOVATIVE CLINICAL SOLUTIONS LTD", "INNOVATIVE CLINICAL SOLUTIONS LTD\u00e9"));
        byte[] utf8 = "\u201cquoted\u201d".getBytes(StandardCharsets.UTF_8);
        put("mixed-encodings.txt", concat(concat(mixed, utf8), "\n".getBytes(StandardCharsets.US_ASCII)), FILING);
        put("nul-bytes.txt", variant(seedText.replace("\n\n", "\n\u0000\n")), FILING);
        put("one-line-50mb.txt", variant(header + "\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n"
                + "Item 5. Other Events. The company announced a thing. ".repeat(50 * 1024 * 1024 / 53)
                + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"), "out_of_memory");
        String uu = "M" + "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^".substring(0, 60) + "\n";
        put("uuencoded-graphic.txt", variant(seedText.replace("</SEC-DOCUMENT>", "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>9\n"
                + "<FILENAME>logo.jpg\n<TEXT>\nbegin 644 logo.jpg\n" + uu.repeat(20_000) + "`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>")), FILING);
        put("uuencoded-primary.txt", variant(header + "\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nbegin 644 report.pdf\n"
                + uu.repeat(20_000) + "end\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"), FILING);
        put("form-4.txt", Files.readAllBytes(corpusFile("other-forms/0001094891-00-000193.txt")), FILING);
        put("form-10-k.txt", Files.readAllBytes(corpusFile("other-forms/0000320193-94-000016.txt")), FILING);
        put("name with spaces.txt", variant(seedText), FILING);
        put("\u00fcnic\u00f8d\u00e9-\u540d\u524d.txt", variant(seedText), FILING);
        put("new\nline.txt", variant(seedText), FILING);
        put("heading-storm.txt", variant(header + "\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n"
                + "Item 5. Other Events\n".repeat(1_000_000) + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"), "timeout");
    }

    /** The seed's text with a new accession number, so each variant is a filing of its own. */
    private byte[] variant(String text) {
        String accession = String.format("0000914260-00-9%05d", ++variants);
        return text.replace(SEED_ACCESSION, accession).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void put(String name, byte[] bytes, String outcome) throws IOException {
        Files.write(dir.resolve(name), bytes);
        expected.put(name, outcome);
    }

    /** A file that claims 200 MB without using the disk: only its size is ever looked at. */
    private void sparse(String name, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
            file.setLength(size);
        }
    }

    private void gzipBomb(String name, long uncompressed) throws IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
            for (long written = 0; written < uncompressed; written += block.length) {
                out.write(block);
            }
        }
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(length).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
