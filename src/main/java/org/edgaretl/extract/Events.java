package org.edgaretl.extract;

import java.util.List;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.FieldWarning;

/** The items a filing reports, and where its header and its body disagree about them. */
public record Events(List<Event> events, List<FieldWarning> warnings) {

    public Events {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
