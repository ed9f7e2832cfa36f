package org.edgaretl.domain;

import java.util.List;

/** Everything one filing file yields: the filing row and its child rows, written together or not at all. */
public record ExtractedFiling(Filing filing, List<Event> events, List<Exhibit> exhibits, List<Financing> financings,
                              List<FieldWarning> warnings) {

    public ExtractedFiling {
        java.util.Objects.requireNonNull(filing, "filing");
        events = List.copyOf(events);
        exhibits = List.copyOf(exhibits);
        financings = List.copyOf(financings);
        warnings = List.copyOf(warnings);
    }
}
