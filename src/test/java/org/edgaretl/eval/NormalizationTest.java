package org.edgaretl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ImmunoGen, Inc.|immunogen",
            "IMMUNOGEN INC|immunogen",
            "The Coca-Cola Company|coca cola",
            "AT&T Corp.|at t",
            "Cisco Systems, Inc. (Delaware)|cisco systems delaware",
            "incorporatedx co-op|incorporatedx op",
            "ＡＣＭＥ　Ｉｎｃ．|acme",
            "O\u2019Neil `Ltd`|o neil",
            "1995-08-16|1995 08 16",
    })
    void normIgnoresCasePunctuationAndCompanySuffixes(String value, String expected) {
        assertThat(Normalization.norm(value)).isEqualTo(expected);
    }

    @Test
    void normOfNothingIsEmpty() {
        assertThat(Normalization.norm(null)).isEmpty();
        assertThat(Normalization.norm("  ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0-17999|0-17999", "000-017999|0-17999", "1-14704|1-14704",
            "File No. 33-12345-01|33-12345-1", "none|''"})
    void fileNumbersCompareGroupByGroupWithoutLeadingZeros(String value, String expected) {
        assertThat(Normalization.fileNo(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8.01|8.01", "Item 8.01|8.01", "8.1|8.01", "ITEM 2.02.|2.02", "05|5",
            "5|5", "8 . 01|8.01", "9.010|9.010", "A|a", "''|''"})
    void itemCodesHaveOneSpelling(String value, String expected) {
        assertThat(Normalization.normCode(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"99.1|99.1", "Exhibit 99.1|99.1", "EX-99.1|99.1", "99 .1|99.1",
            "10.(a)|10(a)", "99.|99", "EX-101.SCH|101.sch"})
    void exhibitNumbersHaveOneSpelling(String value, String expected) {
        assertThat(Normalization.normEx(value)).isEqualTo(expected);
    }

    @Test
    void amountsReadAsPythonFloatDoes() {
        assertThat(Normalization.amount("$3,600,000")).isEqualTo(3600000.0);
        assertThat(Normalization.amount("3_600_000")).isEqualTo(3600000.0);
        assertThat(Normalization.amount(" 3.6e6 ")).isEqualTo(3600000.0);
        assertThat(Normalization.amount(java.math.BigInteger.valueOf(3600000))).isEqualTo(3600000.0);
        assertThat(Normalization.amount("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Normalization.amount("3__6")).isNull();
        assertThat(Normalization.amount("")).isNull();
        assertThat(Normalization.amount(null)).isNull();
        assertThat(Normalization.amount("3.6 million")).isNull();
        assertThat(Normalization.amount("1d")).as("Java's suffix is not Python").isNull();
    }

    @Test
    void trueHasFiveSpellings() {
        assertThat(Map.of("true", true, " Yes ", true, "T", true, "1", true, "false", false, "", false))
                .allSatisfy((v, expected) -> assertThat(Normalization.truthy(v)).as(v).isEqualTo(expected));
        assertThat(Normalization.truthy(null)).isFalse();
    }

    @Test
    void floatsPrintAsPythonReprDoes() {
        assertThat(PyText.floatRepr(3600000.0)).isEqualTo("3600000.0");
        assertThat(PyText.floatRepr(18128740000.0)).isEqualTo("18128740000.0");
        assertThat(PyText.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PyText.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(PyText.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PyText.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PyText.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PyText.floatRepr(Math.pow(2, 70))).isEqualTo("1.1805916207174113e+21");
        assertThat(PyText.floatRepr(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void roundingIsPythonsOnTheExactBinaryValue() {
        assertThat(PyText.round(2.0 / 3, 4)).isEqualTo(0.6667);
        assertThat(PyText.fixed(1.0005, 3)).as("1.0005 is stored just below").isEqualTo("1.000");
        assertThat(PyText.fixed(0.0625, 3)).as("an exact tie goes to even").isEqualTo("0.062");
    }

    @Test
    void stringsPrintAsPythonReprDoes() {
        assertThat(PyText.repr("ImmunoGen, Inc.")).isEqualTo("'ImmunoGen, Inc.'");
        assertThat(PyText.repr("O'Neil")).isEqualTo("\"O'Neil\"");
        assertThat(PyText.repr("a'b\"c")).isEqualTo("'a\\'b\"c'");
        assertThat(PyText.repr("new\nline\u0085é")).isEqualTo("'new\\nline\\x85é'");
        assertThat(PyText.repr(null)).isEqualTo("None");
    }
}
