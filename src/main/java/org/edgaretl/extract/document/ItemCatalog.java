package org.edgaretl.extract.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.edgaretl.domain.Regime;

/** The official Form 8-K item titles of both numberings, and the mapping of header item titles to codes. */
public final class ItemCatalog {

    /** Item 9 was "Sales of Equity Securities Pursuant to Regulation S" until Regulation FD took its place. */
    static final LocalDate REGULATION_FD = LocalDate.of(2000, 10, 23);
    private static final String REGULATION_S_TITLE = "Sales of Equity Securities Pursuant to Regulation S";

    private static final Map<String, String> OLD = ordered(
            "1", "Changes in Control of Registrant",
            "2", "Acquisition or Disposition of Assets",
            "3", "Bankruptcy or Receivership",
            "4", "Changes in Registrant's Certifying Accountant",
            "5", "Other Events",
            "6", "Resignations of Registrant's Directors",
            "7", "Financial Statements and Exhibits",
            "8", "Change in Fiscal Year",
            "9", "Regulation FD Disclosure",
            "10", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
            "11", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
            "12", "Results of Operations and Financial Condition");

    private static final Map<String, String> NEW = ordered(
            "1.01", "Entry into a Material Definitive Agreement",
            "1.02", "Termination of a Material Definitive Agreement",
            "1.03", "Bankruptcy or Receivership",
            "1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
            "1.05", "Material Cybersecurity Incidents",
            "2.01", "Completion of Acquisition or Disposition of Assets",
            "2.02", "Results of Operations and Financial Condition",
            "2.03", "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet "
                    + "Arrangement of a Registrant",
            "2.04", "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation "
                    + "under an Off-Balance Sheet Arrangement",
            "2.05", "Costs Associated with Exit or Disposal Activities",
            "2.06", "Material Impairments",
            "3.01", "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing",
            "3.02", "Unregistered Sales of Equity Securities",
            "3.03", "Material Modification to Rights of Security Holders",
            "4.01", "Changes in Registrant's Certifying Accountant",
            "4.02", "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed "
                    + "Interim Review",
            "5.01", "Changes in Control of Registrant",
            "5.02", "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain "
                    + "Officers; Compensatory Arrangements of Certain Officers",
            "5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
            "5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
            "5.05", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
            "5.06", "Change in Shell Company Status",
            "5.07", "Submission of Matters to a Vote of Security Holders",
            "5.08", "Shareholder Director Nominations",
            "6.01", "ABS Informational and Computational Material",
            "6.02", "Change of Servicer or Trustee",
            "6.03", "Change in Credit Enhancement or Other External Support",
            "6.04", "Failure to Make a Required Distribution",
            "6.05", "Securities Act Updating Disclosure",
            "6.06", "Static Pool",
            "6.10", "Alternative Filings of Asset-Backed Issuers",
            "7.01", "Regulation FD Disclosure",
            "8.01", "Other Events",
            "9.01", "Financial Statements and Exhibits");

    /** Former or common wordings that header lines and filers used for the same items. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "old:7", List.of("Financial Statements, Pro Forma Financial Information and Exhibits"),
            "old:9", List.of(REGULATION_S_TITLE),
            "old:6", List.of("Resignation of Registrant's Directors"),
            "new:5.02", List.of("Departure of Directors or Principal Officers; Election of Directors; "
                    + "Appointment of Principal Officers"));

    private static final Set<String> STOP_WORDS = Set.of("of", "or", "and", "the", "a", "an", "to", "under", "in",
            "on", "for", "s", "that", "with");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OLD_CODE = Pattern.compile("0?([1-9]|1[0-2])");
    private static final Pattern NEW_CODE = Pattern.compile("0?([1-9])\\s*\\.\\s*(\\d{2})");

    private ItemCatalog() {
    }

    static boolean isCode(Regime regime, String code) {
        return codes(regime).containsKey(code);
    }

    /** The official title of an item in its regime; {@code filedOn} picks item 9's title of the time. */
    public static Optional<String> title(Regime regime, String code, LocalDate filedOn) {
        if (regime == Regime.PRE_2004 && code.equals("9") && filedOn != null && filedOn.isBefore(REGULATION_FD)) {
            return Optional.of(REGULATION_S_TITLE);
        }
        return Optional.ofNullable(codes(regime).get(code));
    }

    /**
     * The item code that a header {@code ITEM INFORMATION} value names: a code as such ({@code 9.01},
     * {@code 7}) or a title in any of the wordings EDGAR used, matched word by word.
     */
    public static Optional<String> codeOf(Regime regime, String headerValue) {
        String v = headerValue.strip();
        var newCode = NEW_CODE.matcher(v);
        if (newCode.matches()) {
            String code = newCode.group(1) + "." + newCode.group(2);
            return regime == Regime.MODERN && isCode(regime, code) ? Optional.of(code) : Optional.empty();
        }
        var oldCode = OLD_CODE.matcher(v);
        if (oldCode.matches()) {
            return regime == Regime.PRE_2004 ? Optional.of(oldCode.group(1)) : Optional.empty();
        }
        Set<String> words = words(v);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = 0;
        String prefix = regime == Regime.PRE_2004 ? "old:" : "new:";
        for (Map.Entry<String, String> e : codes(regime).entrySet()) {
            List<String> wordings = new java.util.ArrayList<>(List.of(e.getValue()));
            wordings.addAll(ALIASES.getOrDefault(prefix + e.getKey(), List.of()));
            for (String wording : wordings) {
                double score = dice(words, words(wording));
                if (score > bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
        }
        return bestScore >= 0.6 ? Optional.of(best) : Optional.empty();
    }

    /** True when the words that open {@code text} are those of the item's title (or an alias): a heading's wording. */
    static boolean startsWithTitle(Regime regime, String code, String text) {
        List<String> head = wordList(text.length() > 200 ? text.substring(0, 200) : text);
        String prefix = regime == Regime.PRE_2004 ? "old:" : "new:";
        List<String> wordings = new java.util.ArrayList<>();
        Optional.ofNullable(codes(regime).get(code)).ifPresent(wordings::add);
        wordings.addAll(ALIASES.getOrDefault(prefix + code, List.of()));
        for (String wording : wordings) {
            List<String> title = wordList(wording);
            int n = Math.min(2, title.size());
            if (head.size() >= n && head.subList(0, n).equals(title.subList(0, n))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> codes(Regime regime) {
        return regime == Regime.PRE_2004 ? OLD : NEW;
    }

    private static double dice(Set<String> a, Set<String> b) {
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> words(String text) {
        return wordList(text).stream().collect(Collectors.toSet());
    }

    private static List<String> wordList(String text) {
        return NON_WORD.splitAsStream(text.toLowerCase().replace("'s", "").replace("\u2019s", ""))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
                .toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
