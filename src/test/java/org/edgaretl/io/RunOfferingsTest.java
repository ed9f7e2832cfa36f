package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.domain.Exemption;
import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.Instrument;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.financings.OfferingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking a run's files: only the key cells of linked rows change, and a second pass changes nothing. */
class RunOfferingsTest {

    @TempDir
    Path run;

    private static Filing filing(String id, LocalDate filed) {
        return new Filing(id, null, "0001002517", "=Nuance, \"Inc.\"", "8-K", filed, null, null, null, null, null, null,
                null, null, null, id + ".htm", "ab".repeat(32), null, FieldSource.SEC_HEADER);
    }

    private static Financing notes(String filingId, int seq, String amount, String evidence) {
        return new Financing(filingId, seq, Instrument.SENIOR_NOTES, "6.000% Senior Notes due 2024", new BigDecimal(amount),
                "USD", Exemption.RULE_144A, null, null, null, new BigDecimal("6"), null, null, null, null, evidence);
    }

    private static ProcessedFile processed(Filing filing, Financing... rows) {
        return ProcessedFile.of(new ExtractedFiling(filing, List.of(), List.of(), OfferingKeys.assign(filing,
                List.of(rows)), List.of()));
    }

    private void write(ProcessedFile... files) throws IOException {
        for (Table table : List.of(Table.FILINGS, Table.FINANCINGS)) {
            try (CsvTableFile csv = CsvTableFile.create(run.resolve(table.fileName()), table.columnNames(),
                    CellSanitizer.ENABLED)) {
                for (ProcessedFile file : files) {
                    for (List<String> row : table.rowsOf(file)) {
                        csv.write(row);
                    }
                }
                csv.commitPosition();
            }
        }
    }

    private List<CSVRecord> financings() throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(run.resolve("financings.csv"))).getRecords();
    }

    @Test
    void theClosingRowTakesThePricingsKeyAndNothingElseChanges() throws IOException {
        ProcessedFile pricing = processed(filing("0001193125-16-623923", LocalDate.of(2016, 6, 14)),
                notes("0001193125-16-623923", 1, "300000000", "=\"quoted\", with a\r\nline break"));
        ProcessedFile closing = processed(filing("0001193125-16-629061", LocalDate.of(2016, 6, 21)),
                notes("0001193125-16-629061", 1, "300000000", "issued $300 million"),
                notes("0001193125-16-629061", 2, "500000000", "-another, unlinked"));
        write(closing, pricing);
        String before = Files.readString(run.resolve("financings.csv"));
        String pricingKey = pricing.extracted().financings().get(0).offeringKey().toString();
        String closingOwnKey = closing.extracted().financings().get(0).offeringKey().toString();

        List<RunOfferings.Link> links = RunOfferings.link(run);

        assertThat(links).containsExactly(new RunOfferings.Link("0001193125-16-629061", 1, pricingKey));
        assertThat(financings()).extracting(r -> r.get("seq") + " " + r.get("offering_key")).containsExactly(
                "1 " + pricingKey, "2 " + closing.extracted().financings().get(1).offeringKey(), "1 " + pricingKey);
        assertThat(Files.readString(run.resolve("financings.csv"))).isEqualTo(before.replace(closingOwnKey, pricingKey));
        assertThat(run.resolve("financings.csv.linking")).doesNotExist();
    }

    @Test
    void aLinkedFileIsLeftAsItIs() throws IOException {
        ProcessedFile pricing = processed(filing("p", LocalDate.of(2016, 6, 14)), notes("p", 1, "300000000", "e"));
        ProcessedFile closing = processed(filing("c", LocalDate.of(2016, 6, 21)), notes("c", 1, "300000000", "e"));
        write(pricing, closing);
        List<RunOfferings.Link> first = RunOfferings.link(run);
        byte[] linked = Files.readAllBytes(run.resolve("financings.csv"));
        Object file = Files.readAttributes(run.resolve("financings.csv"), BasicFileAttributes.class).fileKey();

        List<RunOfferings.Link> second = RunOfferings.link(run);

        assertThat(second).isEqualTo(first).hasSize(1);
        assertThat(run.resolve("financings.csv")).hasBinaryContent(linked);
        assertThat(Files.readAttributes(run.resolve("financings.csv"), BasicFileAttributes.class).fileKey())
                .as("not replaced").isEqualTo(file);
    }

    @Test
    void aRunWithoutTwoReportsOfOneOfferingIsNotRewritten() throws IOException {
        write(processed(filing("p", LocalDate.of(2016, 6, 14)), notes("p", 1, "300000000", "e")),
                processed(filing("later", LocalDate.of(2016, 12, 14)), notes("later", 1, "300000000", "e")));
        Object file = Files.readAttributes(run.resolve("financings.csv"), BasicFileAttributes.class).fileKey();

        assertThat(RunOfferings.link(run)).isEmpty();
        assertThat(Files.readAttributes(run.resolve("financings.csv"), BasicFileAttributes.class).fileKey()).isEqualTo(file);
    }
}
