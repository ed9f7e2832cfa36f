package org.edgaretl.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A night on EDGAR built from the test corpus ({@code src/test/resources/corpus}), in EDGAR's layout: N
 * distinct 8-K submissions, each with its own accession number, and the corpus's other forms once each
 * (listed in the index, left out by the default filters). A corpus file with an SEC header gets a new
 * accession number everywhere it appears (as {@code jobs/ReplicateCorpus.java} does); a document without
 * one (a primary HTML document) is put in a complete-submission envelope whose header holds only the
 * accession number, as a sparse header would: its CIK, filer, form and date come from the index alone.
 */
public final class EdgarFixture {

    /** One submission: its index entry and the bytes served at its path. */
    public record Submission(IndexEntry entry, byte[] bytes) {
    }

    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final Pattern ACCESSION = Pattern.compile("(?:ACCESSION NUMBER:\\s*)(\\d{10})-(\\d{2}-\\d{6})");
    private static final Pattern CIK = Pattern.compile("CENTRAL INDEX KEY:\\s*(\\d+)");
    private static final Pattern NAME = Pattern.compile("COMPANY CONFORMED NAME:\\s*([^\\r\\n]+)");
    private static final Pattern TYPE = Pattern.compile("CONFORMED SUBMISSION TYPE:\\s*(\\S+)");

    private EdgarFixture() {
    }

    /** N distinct 8-K submissions filed on the day, then the corpus's other forms. */
    public static List<Submission> night(LocalDate day, int n) {
        List<Path> eightKs = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path file : corpusFiles()) {
            (file.startsWith(CORPUS.resolve("other-forms")) ? others : eightKs).add(file);
        }
        List<Submission> night = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = k % eightKs.size();
            night.add(submission(eightKs.get(i), i, k / eightKs.size(), day, "8-K"));
        }
        for (int i = 0; i < others.size(); i++) {
            night.add(submission(others.get(i), 500 + i, 0, day, "10-K"));
        }
        return night;
    }

    /** The day's master index listing the submissions, as EDGAR writes it. */
    public static byte[] masterIndex(LocalDate day, List<Submission> submissions) {
        StringBuilder text = new StringBuilder()
                .append("Description:           Daily Index of EDGAR Dissemination Feed by Company Name\n")
                .append("Last Data Received:    ").append(day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)))
                .append("\nComments:              webmaster@sec.gov\nAnonymous FTP:         ftp://ftp.sec.gov/edgar/\n")
                .append(" \n \n \n \n").append(MasterIndex.HEADER).append('\n').append("-".repeat(80)).append('\n');
        for (Submission s : submissions) {
            IndexEntry e = s.entry();
            text.append(e.cik()).append('|').append(e.companyName()).append('|').append(e.formType()).append('|')
                    .append(DateTimeFormatter.BASIC_ISO_DATE.format(e.dateFiled())).append('|').append(e.fileName()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Puts the day's index and its submissions on the server. */
    public static void serve(EdgarTestServer server, LocalDate day, List<Submission> submissions) {
        server.put(EdgarLayout.dailyIndex(day), masterIndex(day, submissions));
        for (Submission s : submissions) {
            server.put(s.entry().fileName(), s.bytes());
        }
    }

    /** The submissions a fetch with the default filters (8-K, 8-K/A) downloads. */
    public static List<Submission> eightKs(List<Submission> night) {
        return night.stream().filter(s -> s.entry().formType().startsWith("8-K")).toList();
    }

    private static Submission submission(Path file, int fileIndex, int replica, LocalDate day, String defaultForm) {
        byte[] original;
        try {
            original = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String head = new String(original, 0, Math.min(original.length, 1 << 16), StandardCharsets.ISO_8859_1);
        Matcher m = ACCESSION.matcher(head);
        if (m.find()) {
            String old = m.group(1) + "-" + m.group(2);
            // distinct per file, copy and day, so that the nights of several tests never share a path
            String accession = String.format("%010d-%02d-%06d", 9_000_000_000L + fileIndex * 100_000L + replica,
                    day.getYear() % 100, day.getDayOfYear());
            byte[] bytes = replaceAll(original, old.getBytes(StandardCharsets.US_ASCII), accession.getBytes(StandardCharsets.US_ASCII));
            String cik = first(CIK, head, "1");
            String form = first(TYPE, head, defaultForm);
            return new Submission(new IndexEntry(cik, first(NAME, head, "UNNAMED").strip(), form, day,
                    "edgar/data/" + Long.parseLong(cik) + "/" + accession + ".txt"), bytes);
        }
        String accession = String.format("%010d-%02d-%06d", 8_000_000_000L + fileIndex, day.getYear() % 100,
                day.getDayOfYear() * 1000 + replica);
        String cik = Long.toString(7_000_000L + fileIndex);
        String envelope = "<SEC-DOCUMENT>" + accession + ".txt : " + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "\n"
                + "<SEC-HEADER>" + accession + ".hdr.sgml : " + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "\n"
                + "ACCESSION NUMBER:\t\t" + accession + "\n</SEC-HEADER>\n<DOCUMENT>\n<TEXT>\n";
        byte[] tail = "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] front = envelope.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[front.length + original.length + tail.length];
        System.arraycopy(front, 0, bytes, 0, front.length);
        System.arraycopy(original, 0, bytes, front.length, original.length);
        System.arraycopy(tail, 0, bytes, front.length + original.length, tail.length);
        String name = "CORPUS DOCUMENT " + file.getFileName().toString().toUpperCase(Locale.ROOT);
        return new Submission(new IndexEntry(cik, name, defaultForm, day, "edgar/data/" + cik + "/" + accession + ".txt"), bytes);
    }

    private static List<Path> corpusFiles() {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".nc"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Pattern p, String text, String fallback) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : fallback;
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
