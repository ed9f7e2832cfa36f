package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Instrument phrases from real filings mapped to the label vocabulary. */
class InstrumentClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "subordinated, convertible debentures|convertible debentures",
            "2.75% Senior Convertible Debentures due 2027|convertible debentures",
            "7.40% Senior Notes due February 1, 2004|senior notes",
            "8.40% Senior Debentures due February 1, 2024|debentures",
            "6.000% Senior Notes due 2024|senior notes",
            "Floating Rate Senior Notes due 2019|senior notes",
            "1.5% Convertible Senior Notes due 2017|convertible notes",
            "senior subordinated notes|subordinated notes",
            "new notes|notes",
            "Term Loan Agreement|term loan",
            "Revolving Credit Agreement|revolving credit facility",
            "revolving line of credit|revolving credit facility",
            "new, expanded credit facility|credit facility",
            "Five-Year Credit Agreement|credit facility",
            "Loan Agreement|credit facility",
            "common stock|common stock",
            "Series A Convertible Preferred Stock|convertible preferred stock",
            "Series B Preferred Stock|preferred stock",
            "warrants|warrants",
            "units|units",
            "commercial paper|other"})
    void classifiesPhrases(String phrase, String instrument) {
        assertThat(InstrumentClassifier.classify(phrase).label()).isEqualTo(instrument);
    }

    @Test
    void mentionKeepsTheModifiersAndTheMaturity() {
        String s = "the Registrant issued $3.6 million of subordinated, convertible debentures pursuant to Regulation S";

        assertThat(InstrumentClassifier.mentions(s)).extracting(InstrumentClassifier.Mention::text)
                .containsExactly("subordinated, convertible debentures");
        assertThat(InstrumentClassifier.mentions("$600 million aggregate principal amount of its 2.75% Convertible "
                + "Debentures due 2031 (the “Debentures”)"))
                .extracting(InstrumentClassifier.Mention::text).startsWith("2.75% Convertible Debentures due 2031");
    }
}
