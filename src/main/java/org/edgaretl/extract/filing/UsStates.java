package org.edgaretl.extract.filing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * EDGAR's state and country codes: the two-letter postal code of each US state and territory, and the
 * EDGAR code of the foreign places that registrants most often incorporate in (Cayman Islands is E9).
 */
final class UsStates {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        String[] pairs = {
            "alabama", "AL", "alaska", "AK", "arizona", "AZ", "arkansas", "AR", "california", "CA", "colorado", "CO",
            "connecticut", "CT", "delaware", "DE", "district of columbia", "DC", "florida", "FL", "georgia", "GA",
            "hawaii", "HI", "idaho", "ID", "illinois", "IL", "indiana", "IN", "iowa", "IA", "kansas", "KS",
            "kentucky", "KY", "louisiana", "LA", "maine", "ME", "maryland", "MD", "massachusetts", "MA",
            "michigan", "MI", "minnesota", "MN", "mississippi", "MS", "missouri", "MO", "montana", "MT",
            "nebraska", "NE", "nevada", "NV", "new hampshire", "NH", "new jersey", "NJ", "new mexico", "NM",
            "new york", "NY", "north carolina", "NC", "north dakota", "ND", "ohio", "OH", "oklahoma", "OK",
            "oregon", "OR", "pennsylvania", "PA", "rhode island", "RI", "south carolina", "SC", "south dakota", "SD",
            "tennessee", "TN", "texas", "TX", "utah", "UT", "vermont", "VT", "virginia", "VA", "washington", "WA",
            "west virginia", "WV", "wisconsin", "WI", "wyoming", "WY", "puerto rico", "PR", "guam", "GU",
            "virgin islands", "VI", "u.s. virgin islands", "VI",
            // EDGAR country codes (not ISO): the places registrants of this corpus' kind incorporate in
            "alberta", "A0", "british columbia", "A1", "manitoba", "A2", "new brunswick", "A3", "nova scotia", "A5",
            "ontario", "A6", "quebec", "A8", "canada", "Z4", "bermuda", "D0", "british virgin islands", "D8",
            "cayman islands", "E9", "israel", "L3", "ireland", "L2", "luxembourg", "N4", "marshall islands", "1T",
            "netherlands", "P7", "the netherlands", "P7", "panama", "R1", "united kingdom", "X0", "england", "X0",
            "england and wales", "X0", "jersey", "Y9", "switzerland", "V8", "bahamas", "C5", "liberia", "M0",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            CODES.put(pairs[i], pairs[i + 1]);
        }
    }

    // compiled once: String.replaceAll compiles its pattern on every call
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Set<String> POSTAL = Set.copyOf(CODES.values());

    private UsStates() {
    }

    /** The code of a place name as printed ("Massachusetts", "State of Delaware", "DE"), if it is one. */
    static Optional<String> code(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String t = EDGE_PUNCTUATION.matcher(WHITESPACE_RUN.matcher(printed.strip()).replaceAll(" ")).replaceAll("");
        if (t.length() == 2 && POSTAL.contains(t.toUpperCase(Locale.ROOT)) && t.equals(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t);
        }
        String lower = FINAL_DOT.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        if (lower.startsWith("state of ")) {
            lower = lower.substring(9);
        } else if (lower.startsWith("commonwealth of ")) {
            lower = lower.substring(16);
        }
        return Optional.ofNullable(CODES.get(lower));
    }

    /** True when the text is a known two-letter (or EDGAR) code. */
    static boolean isCode(String text) {
        return text != null && POSTAL.contains(text.strip().toUpperCase(Locale.ROOT));
    }
}
