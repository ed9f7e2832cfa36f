package org.edgaretl.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** One row of {@code events}: an 8-K item that the filing reports (or answers "not applicable"). */
public record Event(String filingId, String itemCode, Regime regime, String title, boolean reported, String text) {

    private static final Pattern OLD_CODE = Pattern.compile("[1-9]|1[0-2]");
    private static final Pattern NEW_CODE = Pattern.compile("[1-9]\\.\\d{2}");

    public Event {
        Filing.requireText(filingId, "filingId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(itemCode, "itemCode");
        boolean valid = regime == Regime.PRE_2004 ? OLD_CODE.matcher(itemCode).matches() : NEW_CODE.matcher(itemCode).matches();
        if (!valid) {
            throw new IllegalArgumentException("item code " + itemCode + " does not belong to regime " + regime.label());
        }
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
