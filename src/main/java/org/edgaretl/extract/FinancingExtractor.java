package org.edgaretl.extract;

import java.util.List;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.sec.Submission;

/** Reads capital raises and borrowings announced in a filing's items and press releases. */
public final class FinancingExtractor {

    public List<Financing> extract(Submission submission, Filing filing, List<Event> events) {
        return List.of();
    }
}
