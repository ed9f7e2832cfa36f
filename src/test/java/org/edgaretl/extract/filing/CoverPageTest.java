package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.extract.Fixtures;
import org.edgaretl.sec.SubmissionParser;
import org.junit.jupiter.api.Test;

class CoverPageTest {

    private static String primaryText(String file) {
        return SubmissionParser.parse(file, Fixtures.bytes("corpus/" + file)).primaryDocument().orElseThrow().text();
    }

    @Test
    void readsTheTabSeparatedCoverOfA1995TextFiling() {
        CoverFields c = CoverPage.read(primaryText("seed/immunogen-1995-08-8k.txt"));
        assertThat(c).isEqualTo(new CoverFields(FieldSource.COVER_PAGE, null, null, "ImmunoGen, Inc.", "8-K",
                LocalDate.of(1995, 8, 16), "MA", "0-17999", "04-2726691",
                "128 Sidney Street, Cambridge, Massachusetts 02139", "(617) 661-9312"));
    }

    @Test
    void readsAnHtmlCoverWhoseValuesAndCaptionsAreSeparateBlocks() {
        CoverFields c = CoverPage.read(primaryText("modern/0000939057-09-000193.htm"));
        assertThat(c.companyName()).isEqualTo("HORIZON FINANCIAL CORP.");
        assertThat(c.state()).isEqualTo("WA");
        assertThat(c.fileNumber()).isEqualTo("0-27062");
        assertThat(c.irsNumber()).isEqualTo("91-1695422");
        assertThat(c.address()).isEqualTo("1500 Cornwall Avenue, Bellingham, Washington 98225");
        assertThat(c.phone()).isEqualTo("(360) 733-3050");
    }

    @Test
    void readsACoverWithCaptionsAboveTheValues() {
        CoverFields c = CoverPage.read(primaryText("1990s/0000109446-94-000005.txt"));
        assertThat(c.state()).isEqualTo("PA");
        assertThat(c.fileNumber()).isEqualTo("1-5502");
        assertThat(c.address()).isEqualTo("One Zurn Place, Erie, Pennsylvania 16505");
        assertThat(c.phone()).isEqualTo("814-452-2111");
    }

    @Test
    void readsTheFormOfAProspectusFiledUnderRule424() {
        assertThat(CoverPage.read(primaryText("other-forms/0000891618-94-000021.txt")).formType()).isEqualTo("424B5");
    }
}
