package org.edgaretl.extract.financings;

import java.util.Optional;
import java.util.regex.Pattern;

import org.edgaretl.domain.Exemption;

/**
 * Names the Securities Act basis of an offering from its description: an exemption (Rule 144A,
 * Regulation S, Regulation D, Section 4(a)(2)) or a registered offering.
 */
final class ExemptionReader {

    private static final Pattern RULE_144A = Pattern.compile("\\bRule\\s{1,3}144A\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REG_S = Pattern.compile("\\bRegulation\\s{1,3}S(?![-\\w])");
    private static final Pattern REG_D = Pattern.compile("\\bRegulation\\s{1,3}D(?![-\\w])|\\bRule\\s{1,3}50[46]\\b");
    private static final Pattern SECTION_4_2 = Pattern.compile("\\bSection\\s{1,3}4\\s?(?:\\(a\\))?\\s?\\(2\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REGISTERED = Pattern.compile(
            "prospectus\\s+supplement|(?:effective|shelf|automatic)\\s+(?:shelf\\s+)?registration\\s+statement"
                    + "|registration\\s+statement\\s+on\\s+Form\\s+S-\\d|registered\\s+(?:public\\s+)?offering"
                    + "|underwritten\\s+public\\s+offering",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESALE = Pattern.compile("resale|not\\s+been\\s+registered|registration\\s+rights",
            Pattern.CASE_INSENSITIVE);

    private ExemptionReader() {
    }

    /** The basis named in {@code text}; an exemption outranks mentions of registration (resale shelves). */
    static Optional<Exemption> read(String text) {
        if (RULE_144A.matcher(text).find()) {
            return Optional.of(Exemption.RULE_144A);
        }
        if (REG_S.matcher(text).find()) {
            return Optional.of(Exemption.REGULATION_S);
        }
        if (REG_D.matcher(text).find()) {
            return Optional.of(Exemption.REGULATION_D);
        }
        if (SECTION_4_2.matcher(text).find()) {
            return Optional.of(Exemption.SECTION_4_A_2);
        }
        if (REGISTERED.matcher(text).find() && !RESALE.matcher(text).find()) {
            return Optional.of(Exemption.REGISTERED);
        }
        return Optional.empty();
    }
}
