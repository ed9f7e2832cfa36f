package org.edgaretl.extract.exhibits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How listed and attached exhibits are matched by number. */
class ExhibitExtractorTest {

    @Test
    void keysIgnoreTheWordExhibitAndADotBeforeParentheses() {
        assertThat(ExhibitExtractor.key("EX-1.(C)")).isEqualTo(ExhibitExtractor.key("1(c)"));
        assertThat(ExhibitExtractor.key("Exhibit 99.1.")).isEqualTo("99.1");
    }
}
