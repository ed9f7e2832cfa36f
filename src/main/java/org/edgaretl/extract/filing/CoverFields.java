package org.edgaretl.extract.filing;

import java.time.LocalDate;
import java.util.Set;

import org.edgaretl.domain.FieldSource;

/**
 * The filing-row values that one source states (the SEC header, the inline-XBRL {@code dei:} tags, the cover
 * page text, the file's name or path); {@code null} where that source is silent.
 */
record CoverFields(FieldSource source, String accession, String cik, String companyName, String formType,
                   LocalDate reportDate, String state, String fileNumber, String irsNumber, String address,
                   String phone) {

    static CoverFields none(FieldSource source) {
        return new CoverFields(source, null, null, null, null, null, null, null, null, null, null);
    }

    /** What a file's name, path or index entry states: its accession number and CIK, nothing else. */
    static CoverFields identity(FieldSource source, String accession, String cik) {
        return new CoverFields(source, accession, cik, null, null, null, null, null, null, null, null);
    }

    /** These values without the CIK when it is one of {@code parties}. */
    CoverFields unlessParty(Set<String> parties) {
        return cik == null || !parties.contains(cik) ? this
                : new CoverFields(source, accession, null, companyName, formType, reportDate, state, fileNumber,
                        irsNumber, address, phone);
    }

    /** The primary document's {@code <TYPE>}: a form type, nothing else. */
    static CoverFields documentType(String type) {
        return new CoverFields(FieldSource.DOCUMENT_TYPE, null, null, null, type, null, null, null, null, null, null);
    }
}
