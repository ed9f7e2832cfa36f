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

    /**
     * The items the filing reports, in item order without repeats, joined by {@code ;} ({@code 2.02;9.01}), for
     * quick filters on the filing row; {@code null} when it reports none. Items answered "not applicable" are
     * left out, as are the other regime's numbers (a filing's events are all of one regime).
     */
    public String reportedItems() {
        String items = events.stream().filter(Event::reported).map(Event::itemCode).distinct()
                .sorted(java.util.Comparator.comparing(java.math.BigDecimal::new))
                .collect(java.util.stream.Collectors.joining(";"));
        return items.isEmpty() ? null : items;
    }
}
