package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.edgaretl.domain.Exemption;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.Instrument;
import org.edgaretl.domain.OfferingKey;
import org.junit.jupiter.api.Test;

/** The key a financings row carries as its offering's first report: who the issuer is, which series it is. */
class OfferingKeysTest {

    private static Filing filing(String id, String cik, String company) {
        return new Filing(id, null, cik, company, "8-K", LocalDate.of(2016, 6, 14), null, null, null, null, null, null,
                null, null, null, id + ".htm", "ab".repeat(32), null, cik == null ? null : FieldSource.SEC_HEADER);
    }

    private static Financing notes(String filingId, int seq, String instrumentText, String rate, LocalDate maturity) {
        return new Financing(filingId, seq, Instrument.SENIOR_NOTES, instrumentText, new BigDecimal("300000000"), "USD",
                Exemption.RULE_144A, null, null, null, rate == null ? null : new BigDecimal(rate), maturity, null, null, null,
                "evidence");
    }

    private static OfferingKey key(Filing filing, Financing row) {
        return OfferingKeys.of(filing, row);
    }

    @Test
    void aRowsKeyIsItsSeriesAndItsOwnIdentity() {
        Filing pricing = filing("p", null, "NUANCE COMMUNICATIONS, INC.");

        assertThat(key(pricing, notes("p", 1, "6.000% Senior Notes due 2024", "6.000", null))).isEqualTo(
                OfferingKey.firstReportedBy(OfferingKey.series("name:nuance communications", "senior notes", "USD",
                        new BigDecimal("6"), 2024), "p", 1));
        assertThat(key(filing("p", "0001002517", "Nuance"), notes("p", 2, "6.000% Senior Notes due 2024", "6", null)))
                .isEqualTo(OfferingKey.firstReportedBy(OfferingKey.series("cik:0001002517", "senior notes", "USD",
                        new BigDecimal("6"), 2024), "p", 2));
    }

    @Test
    void theSameSeriesWhateverTheWordingOfTheIssuerRateAndMaturity() {
        Financing pricing = notes("p", 1, "6.000% Senior Notes due 2024", "6.000", null);
        Financing closing = notes("c", 2, "Notes", "6", LocalDate.of(2024, 7, 1));

        OfferingKey a = key(filing("p", null, "NUANCE COMMUNICATIONS, INC."), pricing);
        OfferingKey b = key(filing("c", null, "Nuance Communications Inc"), closing);

        assertThat(a.series()).isEqualTo(b.series());
        assertThat(a.offering()).isNotEqualTo(b.offering());
    }

    @Test
    void theCikIdentifiesTheIssuerWhenTheFilingHasOne() {
        Financing row = notes("x", 1, "notes due 2024", "6", null);
        assertThat(key(filing("x", "0001002517", "Nuance"), row).series())
                .isEqualTo(key(filing("x", "0001002517", "Another Name Entirely"), row).series())
                .isNotEqualTo(key(filing("x", null, "Nuance"), row).series())
                .isNotEqualTo(key(filing("x", "0000100493", "Nuance"), row).series());
    }

    @Test
    void aDifferentRateMaturityYearInstrumentOrIssuerIsAnotherSeries() {
        Filing tyson = filing("t", null, "Tyson Foods, Inc.");
        String fixed2027 = key(tyson, notes("t", 1, "3.550% Senior Notes due 2027", "3.55", null)).series();

        assertThat(key(tyson, notes("t", 1, "4.550% Senior Notes due 2027", "4.55", null)).series()).isNotEqualTo(fixed2027);
        assertThat(key(tyson, notes("t", 1, "3.550% Senior Notes due 2047", "3.55", null)).series()).isNotEqualTo(fixed2027);
        assertThat(key(tyson, notes("t", 1, "Floating Rate Senior Notes due 2027", null, null)).series()).isNotEqualTo(fixed2027);
        assertThat(key(tyson, notes("t", 1, "3.550% Senior Notes", "3.55", null)).series()).isNotEqualTo(fixed2027);
        assertThat(key(filing("t", null, "Tyson Fresh Meats, Inc."), notes("t", 1, "3.550% Senior Notes due 2027",
                "3.55", null)).series()).isNotEqualTo(fixed2027);
        assertThat(key(tyson, new Financing("t", 1, Instrument.NOTES, "3.550% Notes due 2027", new BigDecimal("1"), "USD", null,
                null, null, null, new BigDecimal("3.55"), null, null, null, null, "e")).series()).isNotEqualTo(fixed2027);
    }

    @Test
    void aMaturityDateGivesItsYearBeforeTheInstrumentsWords() {
        Filing f = filing("f", null, "Tyson Foods, Inc.");
        assertThat(key(f, notes("f", 1, "Senior Notes due 2029", "4.35", LocalDate.of(2026, 3, 1))).series())
                .isEqualTo(key(f, notes("f", 1, "Senior Notes due 2026", "4.35", null)).series());
    }

    @Test
    void withoutAnyNameTheIssuerIsTheFilingItself() {
        Financing a = notes("a", 1, "notes", "6", null);
        Financing b = notes("b", 1, "notes", "6", null);
        assertThat(key(filing("a", null, null), a).series()).isNotEqualTo(key(filing("b", null, " , Inc."), b).series());
    }

    @Test
    void aRowOfAnotherFilingIsRefused() {
        assertThatThrownBy(() -> key(filing("a", null, "A"), notes("b", 1, "notes", "6", null)))
                .hasMessageContaining("is not of filing a");
    }

    @Test
    void renumberingARowDropsItsKey() {
        Financing keyed = notes("a", 1, "notes", "6", null);
        keyed = OfferingKeys.assign(filing("a", null, "A"), java.util.List.of(keyed)).get(0);
        assertThat(keyed.offeringKey()).isNotNull();
        assertThat(keyed.withSeq(2).offeringKey()).isNull();
    }
}
