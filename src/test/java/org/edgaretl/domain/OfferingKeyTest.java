package org.edgaretl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The key's form and its digests, which warehouses keep across releases. */
class OfferingKeyTest {

    @Test
    void theDigestsArePinned() {
        // Computed outside Java (sha256 of the parts, each followed by U+001F, in hex, truncated): a change to the
        // function would give every warehouse row a new key, so it must not drift unnoticed.
        assertThat(OfferingKey.series("cik:0001002517", "senior notes", "USD", new BigDecimal("6"), 2024))
                .isEqualTo("4ba39346cb7bc4e7");
        assertThat(OfferingKey.firstReportedBy("4ba39346cb7bc4e7", "0001193125-16-623923", 1))
                .hasToString("4ba39346cb7bc4e7-39f2cc8315a3");
    }

    @Test
    void aRateIsComparedToFourDecimalsAndNothingStatedIsNotZero() {
        String six = OfferingKey.series("cik:1", "senior notes", "USD", new BigDecimal("6"), 2024);
        assertThat(OfferingKey.series("cik:1", "senior notes", "USD", new BigDecimal("6.00000"), 2024)).isEqualTo(six);
        assertThat(OfferingKey.series("cik:1", "senior notes", "USD", new BigDecimal("6.00004"), 2024)).isEqualTo(six);
        assertThat(OfferingKey.series("cik:1", "senior notes", "USD", new BigDecimal("6.0001"), 2024)).isNotEqualTo(six);
        assertThat(OfferingKey.series("cik:1", "senior notes", "USD", null, 2024))
                .isNotEqualTo(OfferingKey.series("cik:1", "senior notes", "USD", BigDecimal.ZERO, 2024));
        assertThat(OfferingKey.series("cik:1", "senior notes", "EUR", new BigDecimal("6"), 2024)).isNotEqualTo(six);
    }

    @Test
    void aKeyReadsBackAsWrittenAndNothingElseIsAKey() {
        OfferingKey key = OfferingKey.firstReportedBy("0123456789abcdef", "f", 3);
        assertThat(OfferingKey.parse(key.toString())).isEqualTo(key);
        assertThatThrownBy(() -> OfferingKey.parse("0123456789abcdef_0123456789ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfferingKey.parse("0123456789ABCDEF-0123456789ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfferingKey.parse("0123456789abcdef-0123456789a")).isInstanceOf(IllegalArgumentException.class);
    }
}
