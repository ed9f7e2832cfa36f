package org.edgaretl.extract.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.edgaretl.domain.Regime;
import org.edgaretl.extract.document.ItemCatalog;
import org.edgaretl.sec.SecHeader;

/** The item codes that EDGAR's header lists for a filing ({@code ITEM INFORMATION}: titles in SGML, codes in {@code .nc}). */
final class HeaderItems {

    private HeaderItems() {
    }

    /** Header values as they stand, blank ones dropped. */
    static List<String> values(SecHeader header) {
        return header.all("ITEM INFORMATION");
    }

    /** The codes of the header's items in the filing's regime; values that name no item are left out. */
    static Set<String> codes(SecHeader header, Regime regime) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values(header)) {
            ItemCatalog.codeOf(regime, value).ifPresent(codes::add);
        }
        return codes;
    }
}
