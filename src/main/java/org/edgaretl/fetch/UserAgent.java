package org.edgaretl.fetch;

import java.util.regex.Pattern;

/**
 * The User-Agent EDGAR's fair-access rules require: who is asking and how to reach them, such as
 * {@code "Example Corp data@example.com"}. Without a contact e-mail nothing is fetched.
 */
public record UserAgent(String value) {

    public static final String ENVIRONMENT = "EDGAR_ETL_USER_AGENT";
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()]+@[^\\s@<>()]+\\.[A-Za-z]{2,}");

    public UserAgent {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = value.strip();
    }

    /** Why the value cannot be the User-Agent, or {@code null} when it can. */
    public static String problem(String value) {
        String way = " (EDGAR's fair-access rules require one that names you and a contact e-mail: set "
                + ENVIRONMENT + "=\"Your Org you@example.com\" or pass --user-agent)";
        if (value == null || value.isBlank()) {
            return "no User-Agent is declared" + way;
        }
        if (value.strip().chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return "the User-Agent must be one line of printable ASCII: " + value.strip() + way;
        }
        if (!EMAIL.matcher(value).find()) {
            return "the User-Agent '" + value.strip() + "' holds no contact e-mail" + way;
        }
        return null;
    }
}
