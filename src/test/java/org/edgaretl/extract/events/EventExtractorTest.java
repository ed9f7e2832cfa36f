package org.edgaretl.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.filing.FilingFieldsExtractor;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionParser;
import org.junit.jupiter.api.Test;

/** Regime, header comparison and form filtering of the event extractor on real filings. */
class EventExtractorTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Submission parse(String file) throws IOException {
        return SubmissionParser.parse(file, Files.readAllBytes(CORPUS.resolve(file)));
    }

    /** A filing row with nothing but its identity: the extractor must not rely on the fields extractor. */
    private static Filing bare(String file, String form) {
        return new Filing("id", null, null, null, form, null, null, null, null, null, null, null, null, null, null,
                file, "0".repeat(64), null, null);
    }

    private static Events extract(Submission s, Filing filing) {
        return new EventExtractor().extract(s, DocumentIndex.of(s), filing);
    }

    @Test
    void regimeComesFromTheCoverWhenNoDateIsKnown() throws IOException {
        Events found = extract(parse("seed/immunogen-1995-08-8k.txt"), bare("seed", null));
        assertThat(found.events()).extracting(Event::itemCode).containsExactly("5", "7");
        assertThat(found.events()).allMatch(e -> e.regime() == Regime.PRE_2004 && e.reported());
        assertThat(found.events().get(0).text()).startsWith("Item 5.  Other Events.").contains("Exhibit 99.1 hereto.");
    }

    @Test
    void regimeComesFromTheHeaderWhenTheFilingRowHasNoDates() throws IOException {
        Events found = extract(parse("modern/0001125282-05-004831.txt"), bare("m", "8-K"));
        assertThat(found.events()).extracting(Event::itemCode).containsExactly("8.01", "9.01");
        assertThat(found.events()).extracting(Event::title).containsExactly("Other Events", "Financial Statements and Exhibits");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void headerAndBodyDisagreementsAreWarnings() throws IOException {
        Submission s = parse("modern/0000019617-26-000241.txt");
        Filing filing = new FilingFieldsExtractor().extract(s, DocumentIndex.of(s), "f", "0".repeat(64)).filing();
        Events found = extract(s, filing);
        assertThat(found.events()).extracting(Event::itemCode).containsExactly("5.02", "9.01");
        assertThat(found.warnings()).containsExactly(new FieldWarning("0000019617-26-000241", "item", "5.02,9.01", "9.01", "body"));
    }

    @Test
    void otherFormsHaveNoEvents() throws IOException {
        Submission s = parse("other-forms/0000320193-94-000016.txt");
        Filing filing = new FilingFieldsExtractor().extract(s, DocumentIndex.of(s), "f", "0".repeat(64)).filing();
        assertThat(extract(s, filing).events()).isEmpty();
    }
}
