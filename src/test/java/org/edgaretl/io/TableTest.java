package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Regime;
import org.junit.jupiter.api.Test;

/** The columns appended for warehouse users: at the end, derived from the filing's own values, empty when unknown. */
class TableTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void newColumnsComeLastSoEarlierHeadersAreAPrefix() {
        assertThat(Table.FILINGS.columnNames()).endsWith("source_sha256", "accession_source", "cik_source", "cik_int",
                "source_url", "items");
        assertThat(Table.FINANCINGS.columnNames()).endsWith("evidence", "offering_key", "maturity_text");
        List<String> firstRelease = Table.FILINGS.columnNames().subList(0, 17);
        assertThat(Table.FILINGS.isHeaderOfSomeRelease(firstRelease)).isTrue();
        assertThat(Table.FILINGS.isHeaderOfSomeRelease(Table.FILINGS.columnNames())).isTrue();
        assertThat(Table.FILINGS.isHeaderOfSomeRelease(firstRelease.subList(0, 16))).as("too short").isFalse();
        assertThat(Table.FILINGS.isHeaderOfSomeRelease(List.of("filing_id", "cik"))).isFalse();
        assertThat(Table.EVENTS.isHeaderOfSomeRelease(Table.EVENTS.columnNames())).isTrue();
    }

    @Test
    void filingRowCarriesIntegerCikEdgarAddressAndReportedItemsInOrder() {
        Filing filing = filing("0001001258", "0000950123-11-091518");
        List<Event> events = List.of(event("9.01", true), event("2.02", true), event("8.01", false), event("2.02", true));
        List<String> row = Table.FILINGS.rowsOf(ProcessedFile.of(new ExtractedFiling(filing, events, List.of(), List.of(),
                List.of()))).get(0);

        assertThat(value(row, "cik")).isEqualTo("0001001258");
        assertThat(value(row, "cik_int")).isEqualTo("1001258");
        assertThat(value(row, "source_url"))
                .isEqualTo("https://www.sec.gov/Archives/edgar/data/1001258/000095012311091518/0000950123-11-091518-index.htm");
        assertThat(value(row, "items")).as("reported only, in item order, once each").isEqualTo("2.02;9.01");
        assertThat(Table.FILINGS.columns().get(Table.FILINGS.columnNames().indexOf("cik_int")).toSqlValue("1001258"))
                .isEqualTo(1001258L);
    }

    @Test
    void withoutCikOrAccessionTheDerivedColumnsAreEmpty() {
        List<String> noCik = Table.FILINGS.rowsOf(ProcessedFile.of(new ExtractedFiling(filing(null, "0000950123-11-091518"),
                List.of(), List.of(), List.of(), List.of()))).get(0);
        assertThat(value(noCik, "cik_int")).isNull();
        assertThat(value(noCik, "source_url")).isNull();
        assertThat(value(noCik, "items")).isNull();
        List<String> noAccession = Table.FILINGS.rowsOf(ProcessedFile.of(new ExtractedFiling(filing("0000000012", null),
                List.of(event("12", true), event("5", true)), List.of(), List.of(), List.of()))).get(0);
        assertThat(value(noAccession, "cik_int")).isEqualTo("12");
        assertThat(value(noAccession, "source_url")).isNull();
        assertThat(value(noAccession, "items")).as("numeric order, not text order").isEqualTo("5;12");
    }

    private static Filing filing(String cik, String accession) {
        return new Filing(accession != null ? accession : "sha256:0123456789abcdef", accession, cik, null, "8-K", null,
                null, null, null, null, null, null, null, null, null, "a.txt", SHA,
                accession == null ? null : FieldSource.SEC_HEADER, cik == null ? null : FieldSource.SEC_HEADER);
    }

    private static Event event(String code, boolean reported) {
        return new Event("id", code, code.contains(".") ? Regime.MODERN : Regime.PRE_2004, "", reported, "");
    }

    private static String value(List<String> row, String column) {
        return row.get(Table.FILINGS.columnNames().indexOf(column));
    }
}
