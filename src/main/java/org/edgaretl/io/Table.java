package org.edgaretl.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Reject;

/**
 * The output tables: their names, their columns in contract order (shared by the CSV files and the
 * database tables) and how a processed file becomes rows of each. Values are strings; an absent value is
 * {@code null}, written as an empty cell.
 */
public enum Table {
    FILINGS("filings", List.of("filing_id"), f -> f.isRejected() ? List.of() : List.of(filingRow(f.extracted())),
            "filing_id", "accession_number", "cik", "company_name", "form_type", "filed_date", "report_date",
            "state_of_incorporation", "commission_file_number", "irs_employer_id", "business_address",
            "business_phone", "signer_name", "signer_title", "signed_date", "source_file", "source_sha256",
            "accession_source", "cik_source", "cik_int", "source_url", "items"),
    EVENTS("events", List.of("filing_id", "item_code"), f -> rows(f, ExtractedFiling::events, Table::eventRow),
            "filing_id", "item_code", "regime", "title", "reported", "text"),
    EXHIBITS("exhibits", List.of("filing_id", "exhibit_number"), f -> rows(f, ExtractedFiling::exhibits, Table::exhibitRow),
            "filing_id", "exhibit_number", "description"),
    FINANCINGS("financings", List.of("filing_id", "seq"), f -> rows(f, ExtractedFiling::financings, Table::financingRow),
            "filing_id", "seq", "instrument", "instrument_text", "amount", "currency", "exemption", "investors",
            "announced_date", "closing_date", "interest_rate", "maturity_date", "conversion_start", "conversion_end",
            "pricing_terms", "evidence", "offering_key", "maturity_text"),
    WARNINGS("warnings", List.of("filing_id", "field", "other_value", "source"),
            f -> rows(f, ExtractedFiling::warnings, Table::warningRow),
            "filing_id", "field", "chosen_value", "other_value", "source"),
    REJECTS("rejects", List.of("source_file"), f -> f.isRejected() ? List.of(rejectRow(f.reject())) : List.of(),
            "source_file", "stage", "reason_code", "message");

    private final String tableName;
    private final List<String> key;
    private final Function<ProcessedFile, List<List<String>>> rows;
    private final List<Column> columns;

    Table(String tableName, List<String> key, Function<ProcessedFile, List<List<String>>> rows, String... columns) {
        this.tableName = tableName;
        this.key = key;
        this.rows = rows;
        this.columns = Arrays.stream(columns).map(Table::typed).toList();
    }

    private static Column typed(String name) {
        return switch (name) {
            case "filed_date", "report_date", "signed_date", "announced_date", "closing_date", "maturity_date",
                    "conversion_start", "conversion_end" -> new Column(name, Column.Type.DATE);
            case "amount", "interest_rate" -> new Column(name, Column.Type.DECIMAL);
            case "seq" -> new Column(name, Column.Type.INTEGER);
            case "cik_int" -> new Column(name, Column.Type.BIGINT);
            case "reported" -> new Column(name, Column.Type.BOOLEAN);
            default -> Column.text(name);
        };
    }

    public String tableName() {
        return tableName;
    }

    public String fileName() {
        return tableName + ".csv";
    }

    /** The natural key that upserts match on. */
    public List<String> key() {
        return key;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Whether a CSV header is this table's, now or as an earlier release wrote it: columns are only ever
     * appended, so an earlier header is a prefix of today's, at least as long as the first release's.
     */
    public boolean isHeaderOfSomeRelease(List<String> header) {
        List<String> names = columnNames();
        return header.size() >= firstReleaseColumns() && header.size() <= names.size()
                && header.equals(names.subList(0, header.size()));
    }

    /** How many columns the first release (0.1.0) wrote; the rest were appended since. */
    public int firstReleaseColumns() {
        return switch (this) {
            case FILINGS -> 17;
            case FINANCINGS -> 16;
            default -> columns.size();
        };
    }

    public List<List<String>> rowsOf(ProcessedFile file) {
        return rows.apply(file);
    }

    private static <T> List<List<String>> rows(ProcessedFile f, Function<ExtractedFiling, List<T>> children,
                                               Function<T, List<String>> row) {
        if (f.isRejected()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (T child : children.apply(f.extracted())) {
            out.add(row.apply(child));
        }
        return out;
    }

    private static List<String> filingRow(ExtractedFiling extracted) {
        Filing f = extracted.filing();
        return values(f.filingId(), f.accessionNumber(), f.cik(), f.companyName(), f.formType(), f.filedDate(),
                f.reportDate(), f.stateOfIncorporation(), f.commissionFileNumber(), f.irsEmployerId(),
                f.businessAddress(), f.businessPhone(), f.signerName(), f.signerTitle(), f.signedDate(),
                f.sourceFile(), f.sourceSha256(), code(f.accessionSource()), code(f.cikSource()), f.cikNumber(),
                f.sourceUrl(), extracted.reportedItems());
    }

    private static List<String> eventRow(Event e) {
        return values(e.filingId(), e.itemCode(), e.regime().label(), e.title(), e.reported(), e.text());
    }

    private static List<String> exhibitRow(Exhibit e) {
        return values(e.filingId(), e.exhibitNumber(), e.description());
    }

    private static List<String> financingRow(Financing f) {
        return values(f.filingId(), f.seq(), f.instrument().label(), f.instrumentText(), f.amount(), f.currency(),
                f.exemption() == null ? null : f.exemption().label(), f.investors(), f.announcedDate(),
                f.closingDate(), f.interestRate(), f.maturityDate(), f.conversionStart(), f.conversionEnd(),
                f.pricingTerms(), f.evidence(), f.offeringKey(), f.maturityText());
    }

    private static List<String> warningRow(FieldWarning w) {
        return values(w.filingId(), w.field(), w.chosenValue(), w.otherValue(), w.source());
    }

    private static List<String> rejectRow(Reject r) {
        return values(r.sourceFile(), r.stage().code(), r.reason().code(), r.message());
    }

    private static String code(FieldSource source) {
        return source == null ? null : source.code();
    }

    private static List<String> values(Object... values) {
        return Arrays.stream(values).map(Table::format).toList();
    }

    private static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
