package org.edgaretl.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * EDGAR's master index format, daily ({@code daily-index/YYYY/QTRn/master.YYYYMMDD.idx}, dates as
 * {@code 20250102}) and quarterly ({@code full-index/YYYY/QTRn/master.idx}, dates as {@code 2025-01-02}):
 * a few lines of description, the header {@code CIK|Company Name|Form Type|Date Filed|File Name}, a line
 * of dashes, then one {@code |}-separated line per filer of each submission. Read as ISO-8859-1, which
 * decodes any byte, line by line, so a quarter's index of a million lines is never held whole.
 */
public final class MasterIndex {

    static final String HEADER = "CIK|Company Name|Form Type|Date Filed|File Name";
    private static final DateTimeFormatter DAILY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What a read found besides the entries: lines that are not entries, with their line numbers. */
    public record Problems(List<String> lines) {
        public int count() {
            return lines.size();
        }
    }

    private MasterIndex() {
    }

    /**
     * Hands each entry to the consumer, in file order.
     *
     * @return the lines after the header that are not entries ({@code "(line 12) ..."}), at most 20 kept
     * @throws IOException also when the file has no master index header (an error page, a wrong file)
     */
    public static Problems read(Path file, Consumer<IndexEntry> consumer) throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1), 1 << 16)) {
            return read(file.toString(), reader, consumer);
        }
    }

    /** All entries of a file (a daily index: some thousands). */
    public static List<IndexEntry> entries(Path file) throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        read(file, entries::add);
        return entries;
    }

    static Problems read(String name, BufferedReader reader, Consumer<IndexEntry> consumer) throws IOException {
        long number = 0;
        String line;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith(HEADER)) {
                header = true;
                break;
            }
        }
        if (!header) {
            throw new IOException(name + " is not an EDGAR master index: no line '" + HEADER + "'");
        }
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("---")) {
                continue;
            }
            try {
                consumer.accept(entry(line));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                if (problemCount++ < 20) {
                    problems.add(String.format("(line %,d) %s: %s", number, e.getMessage(), line));
                }
            }
        }
        if (problemCount > problems.size()) {
            problems.add("... and " + (problemCount - problems.size()) + " more lines that are not entries");
        }
        return new Problems(problems);
    }

    /** One line: the CIK first, the date and file name last, the form before them; a name may hold a '|'. */
    static IndexEntry entry(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length < 5) {
            throw new IllegalArgumentException("not 5 fields separated by '|'");
        }
        int n = f.length;
        String company = String.join("|", java.util.Arrays.copyOfRange(f, 1, n - 3)).strip();
        return new IndexEntry(f[0].strip(), company, f[n - 3].strip(), date(f[n - 2].strip()), f[n - 1].strip());
    }

    private static LocalDate date(String text) {
        return text.length() == 8 ? LocalDate.parse(text, DAILY) : LocalDate.parse(text);
    }

    /**
     * Writes entries as a daily master index (the form a quarterly index's day is kept in), so that every
     * day on disk has one shape whatever index it came from.
     */
    public static void writeDaily(Writer out, String description, List<IndexEntry> entries) throws IOException {
        out.write("Description:           " + description + "\n\n");
        out.write(HEADER + "\n");
        out.write("-".repeat(80) + "\n");
        for (IndexEntry e : entries) {
            out.write(e.cik() + "|" + e.companyName() + "|" + e.formType() + "|" + DAILY.format(e.dateFiled())
                    + "|" + e.fileName() + "\n");
        }
    }
}
