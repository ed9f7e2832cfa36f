package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;

import org.edgaretl.domain.Exemption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offering bases as real filings word them. */
class ExemptionReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "issued $3.6 million of debentures pursuant to Regulation S of the Securities Act of 1933|Regulation S",
            "afforded by Section 4(2) of the Act and Rule 144A under the Act|Rule 144A",
            "a private placement exempt under Section 4(a)(2) of the Securities Act|Section 4(a)(2)",
            "sold to accredited investors under Rule 506 of Regulation D|Regulation D",
            "as described in the Preliminary Prospectus Supplement, dated January 24, 1994|registered",
            "under Regulation S-X of the rules of the Commission|NONE",
            "to use its efforts to cause a shelf registration statement for the resale of the Debentures|NONE"})
    void readsTheBasis(String text, String basis) {
        assertThat(ExemptionReader.read(text).map(Exemption::label).orElse("NONE")).isEqualTo(basis);
    }
}
