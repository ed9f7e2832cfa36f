package org.edgaretl.extract;

import java.util.List;

import org.edgaretl.domain.Filing;
import org.edgaretl.sec.Submission;

/** Finds the 8-K items of a filing in its body headings, checked against the header's item list. */
public final class EventExtractor {

    public Events extract(Submission submission, Filing filing) {
        return new Events(List.of(), List.of());
    }
}
