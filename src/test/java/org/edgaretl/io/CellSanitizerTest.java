package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellSanitizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(1)|'=HYPERLINK(1)",
            "+1-555|'+1-555",
            "@SUM(A1)|'@SUM(A1)",
            "-cmd|'-cmd",
            "-5|-5",
            "3600000|3600000",
            "ImmunoGen Inc.|ImmunoGen Inc."})
    void neutralizesFormulaCellsButNotNumbers(String cell, String expected) {
        assertThat(CellSanitizer.ENABLED.sanitize(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"=1+1", "@x"})
    void passesCellsThroughWhenDisabled(String cell) {
        assertThat(CellSanitizer.DISABLED.sanitize(cell)).isEqualTo(cell);
    }
}
