package org.edgaretl.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.edgaretl.domain.Regime;
import org.junit.jupiter.api.Test;

/** Header item titles of every wording EDGAR used map to the codes of the filing's regime. */
class ItemCatalogTest {

    @Test
    void headerTitlesMapByRegime() {
        assertThat(ItemCatalog.codeOf(Regime.PRE_2004, "Other events")).contains("5");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "Other Events")).contains("8.01");
        assertThat(ItemCatalog.codeOf(Regime.PRE_2004, "Financial statements and exhibits")).contains("7");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "Financial Statements and Exhibits")).contains("9.01");
        assertThat(ItemCatalog.codeOf(Regime.PRE_2004, "Results of Operations and Financial Condition")).contains("12");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "Results of Operations and Financial Condition")).contains("2.02");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "Departure of Directors or Principal Officers; Election of "
                + "Directors; Appointment of Principal Officers")).contains("5.02");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "Departure of Directors or Certain Officers; Election of Directors; "
                + "Appointment of Certain Officers: Compensatory Arrangements of Certain Officers")).contains("5.02");
        assertThat(ItemCatalog.codeOf(Regime.PRE_2004, "Acquisition or disposition of assets")).contains("2");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "9.01")).contains("9.01");
        assertThat(ItemCatalog.codeOf(Regime.PRE_2004, "7")).contains("7");
        assertThat(ItemCatalog.codeOf(Regime.MODERN, "3C")).isEmpty();
    }

    @Test
    void officialTitles() {
        assertThat(ItemCatalog.title(Regime.PRE_2004, "4", null)).contains("Changes in Registrant's Certifying Accountant");
        assertThat(ItemCatalog.title(Regime.PRE_2004, "9", LocalDate.of(2003, 1, 1))).contains("Regulation FD Disclosure");
        assertThat(ItemCatalog.title(Regime.PRE_2004, "9", LocalDate.of(1997, 1, 1)))
                .contains("Sales of Equity Securities Pursuant to Regulation S");
        assertThat(ItemCatalog.title(Regime.MODERN, "6.10", null)).contains("Alternative Filings of Asset-Backed Issuers");
    }
}
