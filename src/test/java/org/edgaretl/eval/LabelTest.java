package org.edgaretl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTest {

    @Test
    void readsTheJsonValuesAsPythonDoes() {
        Label label = Label.parse("""
                {"file": "seed/x-1995.txt", "filing": {"cik": null, "company_name": "A\\u00e9 \\ud83d\\ude00"},
                 "events": [{"item_code": "5", "reported": null}, {"item_code": "7"}],
                 "exhibits": [], "financings": [{"instrument": "notes", "amount": 3600000, "rate": 5.75}]}
                """);

        assertThat(label.baseName()).isEqualTo("x-1995.txt");
        assertThat(label.filing()).containsEntry("cik", null).containsEntry("company_name", "Aé \uD83D\uDE00");
        assertThat(label.events().get(0)).containsEntry("reported", null);
        assertThat(label.events().get(1)).doesNotContainKey("reported");
        assertThat(label.financings().get(0).get("amount")).isEqualTo(java.math.BigInteger.valueOf(3600000));
        assertThat(label.financings().get(0).get("rate")).isEqualTo(5.75);
    }

    @Test
    void rejectsBrokenJson() {
        assertThatThrownBy(() -> Label.parse("{\"file\": \"a\",}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Label.parse("{\"filing\": {}}")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1995-08-29|null|x.txt||1990s",
            "null|2000-12-31|x.txt||1990s",
            "null|2001-01-02|x.txt||2001-2004",
            "2004-08-30|null|x.txt|pre-2004|2001-2004",
            "2004-08-30|null|x.txt|2004+|2004+",
            "null|null|1990s/0000950124-00-005735.txt||1990s",
            "null|null|modern/0001193125-03-057197.htm||2001-2004",
            "null|null|modern/0001193125-04-154908.htm||2004+",
            "null|null|Oracle.8-K.html||2004+",
    })
    void eraFollowsTheFiledDateThenReportDateThenFileName(String filed, String report, String file, String regime,
                                                         String era) {
        String events = regime == null || regime.isEmpty() ? "[]" : "[{\"item_code\": \"5\", \"regime\": \"" + regime + "\"}]";
        Label label = Label.parse("{\"file\": \"" + file + "\", \"filing\": {\"filed_date\": " + quoted(filed)
                + ", \"report_date\": " + quoted(report) + "}, \"events\": " + events + "}");
        assertThat(label.era()).isEqualTo(era);
    }

    private static String quoted(String v) {
        return v == null ? "null" : "\"" + v + "\"";
    }
}
