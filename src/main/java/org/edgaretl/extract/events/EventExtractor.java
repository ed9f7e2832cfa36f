package org.edgaretl.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.document.ItemCatalog;
import org.edgaretl.extract.document.ItemSection;
import org.edgaretl.sec.Submission;

/**
 * Finds the 8-K items of a filing in its body headings, checked against the header's item list, and
 * decides the item numbering (from the filing's dates, else from the headings) that the other extractors use.
 */
public final class EventExtractor {

    public Events extract(Submission submission, DocumentIndex index, Filing filing) {
        if (!CurrentReport.is(submission, index, filing)) {
            return Events.NOT_A_CURRENT_REPORT;
        }
        Optional<LocalDate> date = RegimeResolver.date(submission, index, filing);
        Regime regime = date.map(Regime::on).orElseGet(() -> regimeFromHeadings(index));
        String filingId = filing.filingId();
        List<ItemSection> sections = index.items(regime);
        Set<String> headerCodes = HeaderItems.codes(submission.header(), regime);
        List<Event> events = new ArrayList<>();
        for (ItemSection s : sections) {
            events.add(event(filingId, regime, s.code(), s.reported(), s.text(), date.orElse(null)));
        }
        if (sections.isEmpty()) {
            // the body names no item at all: EDGAR's header list is the only account there is
            for (String code : headerCodes) {
                events.add(event(filingId, regime, code, true, "", date.orElse(null)));
            }
            return new Events(regime, events, List.of());
        }
        List<String> headerValues = HeaderItems.values(submission.header());
        return new Events(regime, events, disagreements(filingId, sections, headerCodes, headerValues));
    }

    /**
     * One warning per item that only one source names: chosen value = the items kept (the body's), other
     * value = the disputed code, source = the side that names it.
     */
    private static List<FieldWarning> disagreements(String filingId, List<ItemSection> sections,
                                                    Set<String> headerCodes, List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return List.of();
        }
        Set<String> body = new LinkedHashSet<>();
        sections.stream().filter(ItemSection::reported).forEach(s -> body.add(s.code()));
        String kept = String.join(",", body);
        List<FieldWarning> warnings = new ArrayList<>();
        for (String code : headerCodes) {
            if (!body.contains(code)) {
                warnings.add(new FieldWarning(filingId, "item", kept, code, "header"));
            }
        }
        for (String code : body) {
            if (!headerCodes.contains(code)) {
                warnings.add(new FieldWarning(filingId, "item", kept, code, "body"));
            }
        }
        return warnings;
    }

    private static Event event(String filingId, Regime regime, String code, boolean reported, String text,
                               LocalDate date) {
        return new Event(filingId, code, regime, ItemCatalog.title(regime, code, date).orElse(""), reported, text);
    }

    /** Without any date, the numbering the headings use tells the regime ("Item 2.02" only exists from 2004). */
    private static Regime regimeFromHeadings(DocumentIndex index) {
        long modern = index.items(Regime.MODERN).size();
        long old = index.items(Regime.PRE_2004).size();
        return modern >= old && modern > 0 ? Regime.MODERN : old > 0 ? Regime.PRE_2004 : Regime.MODERN;
    }
}
