package org.edgaretl.extract.filing;

import java.util.Map;
import java.util.StringJoiner;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.extract.document.DateText;

/** Reads the filing values of the inline-XBRL {@code dei:} cover tags, as the cover displays them. */
final class DeiFields {

    private DeiFields() {
    }

    static CoverFields read(Map<String, String> dei) {
        if (dei.isEmpty()) {
            return CoverFields.none(FieldSource.IXBRL_DEI);
        }
        String cik = clean(dei.get("EntityCentralIndexKey"));
        cik = cik != null && cik.matches("\\d{1,10}") ? HeaderFields.pad(cik) : null;
        String state = clean(dei.get("EntityIncorporationStateCountryCode"));
        state = state == null ? null : UsStates.code(state).orElse(UsStates.isCode(state) ? state.toUpperCase() : null);
        String irs = clean(dei.get("EntityTaxIdentificationNumber"));
        irs = irs == null ? null : CoverPage.irs(irs);
        return new CoverFields(FieldSource.IXBRL_DEI, null, cik, clean(dei.get("EntityRegistrantName")),
                form(clean(dei.get("DocumentType")), dei.get("AmendmentFlag")),
                DateText.find(dei.getOrDefault("DocumentPeriodEndDate", "")).orElse(null),
                state, clean(dei.get("EntityFileNumber")), irs, address(dei), phone(dei));
    }

    private static String form(String type, String amendment) {
        if (type == null) {
            return null;
        }
        return "true".equalsIgnoreCase(amendment == null ? "" : amendment.strip()) && !type.endsWith("/A")
                ? type + "/A" : type;
    }

    private static String address(Map<String, String> dei) {
        String line1 = clean(dei.get("EntityAddressAddressLine1"));
        String city = clean(dei.get("EntityAddressCityOrTown"));
        if (line1 == null || city == null) {
            return null;
        }
        StringJoiner out = new StringJoiner(", ");
        out.add(line1);
        String line2 = clean(dei.get("EntityAddressAddressLine2"));
        if (line2 != null) {
            out.add(line2);
        }
        out.add(city);
        String state = clean(dei.get("EntityAddressStateOrProvince"));
        String zip = clean(dei.get("EntityAddressPostalZipCode"));
        String tail = ((state == null ? "" : state) + " " + (zip == null ? "" : zip)).strip();
        if (!tail.isEmpty()) {
            out.add(tail);
        }
        return out.toString();
    }

    private static String phone(Map<String, String> dei) {
        String local = clean(dei.get("LocalPhoneNumber"));
        if (local == null) {
            return null;
        }
        String area = clean(dei.get("CityAreaCode"));
        if (area == null) {
            return local;
        }
        return (area.startsWith("(") ? area : "(" + area + ")") + " " + local;
    }

    /** Drops the stray separators that the cover's layout leaves inside a tagged value ("New York,"). */
    private static String clean(String v) {
        if (v == null) {
            return null;
        }
        String t = v.replace('\u00A0', ' ').strip().replaceAll("[,;:]+$", "").strip();
        return t.isEmpty() ? null : t;
    }
}
