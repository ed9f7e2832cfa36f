package org.edgaretl.extract.events;

import java.util.List;
import java.util.Optional;

import org.edgaretl.domain.Event;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Regime;

/**
 * The items a filing reports, where its header and its body disagree about them, and the item numbering
 * they were read in ({@code null} when the filing is no 8-K: other forms have no items of their own).
 */
public record Events(Regime regime, List<Event> events, List<FieldWarning> warnings) {

    static final Events NOT_A_CURRENT_REPORT = new Events(null, List.of(), List.of());

    public Events {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** The 8-K item numbering of the filing, decided once for every extractor; empty for other forms. */
    public Optional<Regime> numbering() {
        return Optional.ofNullable(regime);
    }
}
