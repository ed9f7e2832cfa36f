package org.edgaretl.extract.filing;

import java.time.LocalDate;

/**
 * The filing-row values that one source states (the SEC header, the inline-XBRL {@code dei:} tags or the
 * cover page text); {@code null} where that source is silent.
 */
record CoverFields(String source, String cik, String companyName, String formType, LocalDate reportDate,
                          String state, String fileNumber, String irsNumber, String address, String phone) {

    static CoverFields none(String source) {
        return new CoverFields(source, null, null, null, null, null, null, null, null, null);
    }
}
