package org.edgaretl.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.domain.OfferingKey;
import org.edgaretl.domain.OfferingLinks;

/**
 * Links the offerings of one run's contract files: every financings row carries its own key when it is
 * written (as if it were its offering's first report); this reads {@code financings.csv} with the report dates
 * from {@code filings.csv}, links the rows with {@link OfferingLinks}, and rewrites {@code financings.csv} with
 * the linked keys when one differs. Rerunnable: keys are computed from the rows' own keys' series and the rows'
 * identity, never from the keys in the file, so a file that is already linked stays byte for byte as it is, and
 * a rewrite replaces the file atomically. Only the key cells change; every other cell is copied as it was
 * written (the formula guard is not applied twice).
 */
public final class RunOfferings {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private RunOfferings() {
    }

    /** A financings row that joined an offering first reported by another row, and the key it took. */
    public record Link(String filingId, int seq, String offeringKey) {
    }

    /**
     * Links the rows of the run whose contract files are in {@code output}.
     *
     * @return the rows that take another row's key, whatever the file held before
     */
    public static List<Link> link(Path output) throws IOException {
        Path financings = output.resolve(Table.FINANCINGS.fileName());
        Map<String, LocalDate> reportedOn = reportDates(output.resolve(Table.FILINGS.fileName()));
        List<OfferingLinks.Report> reports = new ArrayList<>();
        List<String> written = new ArrayList<>();
        forEach(financings, record -> {
            String key = record.get("offering_key");
            if (key.isEmpty()) {
                return;
            }
            String filingId = record.get("filing_id");
            reports.add(new OfferingLinks.Report(filingId, Integer.parseInt(record.get("seq")),
                    OfferingKey.parse(key).series(), decimal(record.get("amount")), date(record.get("maturity_date")),
                    date(record.get("closing_date")), emptyAsNull(record.get("exemption")), reportedOn.get(filingId)));
            written.add(key);
        });
        List<OfferingKey> keys = OfferingLinks.link(reports);
        Map<String, String> changed = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            OfferingLinks.Report report = reports.get(i);
            String key = keys.get(i).toString();
            if (!keys.get(i).equals(report.ownKey())) {
                links.add(new Link(report.filingId(), report.seq(), key));
            }
            if (!key.equals(written.get(i))) {
                changed.put(report.filingId() + '\u001f' + report.seq(), key);
            }
        }
        if (!changed.isEmpty()) {
            rewrite(financings, changed);
        }
        return links;
    }

    private static Map<String, LocalDate> reportDates(Path filings) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        forEach(filings, record -> {
            LocalDate filed = date(record.get("filed_date"));
            dates.put(record.get("filing_id"), filed != null ? filed : date(record.get("report_date")));
        });
        return dates;
    }

    private static void rewrite(Path financings, Map<String, String> keys) throws IOException {
        Path temporary = financings.resolveSibling(financings.getFileName() + ".linking");
        int keyColumn = Table.FINANCINGS.columnNames().indexOf("offering_key");
        try (Reader reader = Files.newBufferedReader(financings, StandardCharsets.UTF_8);
             CSVParser parser = READ.parse(reader);
             FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING);
             CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                     Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16), CsvTableFile.FORMAT)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                String key = keys.get(record.get("filing_id") + '\u001f' + record.get("seq"));
                if (key != null) {
                    row = new ArrayList<>(row);
                    row.set(keyColumn, key);
                }
                printer.printRecord(row);
            }
            printer.flush();
            channel.force(false);
        }
        Files.move(temporary, financings, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private interface RecordAction {
        void accept(CSVRecord record) throws IOException;
    }

    private static void forEach(Path csv, RecordAction action) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = READ.parse(reader)) {
            for (CSVRecord record : parser) {
                action.accept(record);
            }
        }
    }

    private static String emptyAsNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static BigDecimal decimal(String cell) {
        return cell.isEmpty() ? null : new BigDecimal(cell);
    }

    private static LocalDate date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell);
    }
}
