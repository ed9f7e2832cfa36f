package org.edgaretl.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.edgaretl.domain.Regime;
import org.junit.jupiter.api.Test;

/** Heading recognition on lines taken from real 8-Ks. */
class ItemHeadingsTest {

    private static List<ItemSection> sections(String text, Regime regime) {
        return DocumentIndex.of(text).items(regime);
    }

    private static List<String> codes(String text, Regime regime) {
        return sections(text, regime).stream().map(ItemSection::code).toList();
    }

    @Test
    void combinedHeadingYieldsEveryCode() {
        String text = "Items 2.02 and 9.01 Results of Operations and Financial Condition; Financial Statements and Exhibits\n\n"
                + "On May 16, 2022, the Company issued a press release.\n";
        assertThat(codes(text, Regime.MODERN)).containsExactly("2.02", "9.01");
        assertThat(codes("Items 7.01, 8.01 and 9.01.\n\nText.\n", Regime.MODERN)).containsExactly("7.01", "8.01", "9.01");
    }

    @Test
    void oddSpacingAndPunctuationAreHeadings() {
        assertThat(codes("Item 2. 02 Results of Operations and Financial Condition\n\nText.\n", Regime.MODERN))
                .containsExactly("2.02");
        assertThat(codes("ITEM 8.01. OTHER EVENTS.\n\nText.\n", Regime.MODERN)).containsExactly("8.01");
        assertThat(codes("Item 9.01Financial Statements and Exhibits\n\n99.1 Press release\n", Regime.MODERN))
                .containsExactly("9.01");
        assertThat(codes("ITEM 5.02(e)\n\nCompensatory Arrangements of Certain Officers\n", Regime.MODERN))
                .containsExactly("5.02");
        assertThat(codes("ITEM 5 - OTHER EVENTS\n\nThe Company's news release ...\n", Regime.PRE_2004))
                .containsExactly("5");
        assertThat(codes("Item 5:           Other Events.\n\nText.\n", Regime.PRE_2004)).containsExactly("5");
        assertThat(codes("     ITEM 5.       OTHER EVENTS\n\nText.\n", Regime.PRE_2004)).containsExactly("5");
    }

    @Test
    void headingInsideATableRowIsAHeading() {
        String row = "Item 2.02 Results of Operations and Financial Condition.\n\nOn August 3, 2009 the Company reported.\n";
        assertThat(codes(row, Regime.MODERN)).containsExactly("2.02");
    }

    @Test
    void crossReferencesAreNotHeadings() {
        String text = "Item 7.01 Regulation FD Disclosure.\n\n"
                + "Item 2.02 of this Current Report on Form 8-K is incorporated herein by reference.\n\n"
                + "The information is furnished as described in Item 8.01 below.\n";
        assertThat(codes(text, Regime.MODERN)).containsExactly("7.01");
        String wrapped = "Item 7.  Exhibits.\n\n"
                + "(b)      It is impracticable to provide the required pro forma financial\n"
                + "         information for the business acquired by the registrant referred to in\n"
                + "         Item 2.  The registrant will file the required pro forma financial\n";
        assertThat(codes(wrapped, Regime.PRE_2004)).containsExactly("7");
    }

    @Test
    void tablesOfContentsAreNotHeadings() {
        String text = "INDEX\n"
                + "Item 5 - Other Events..................................             3\n"
                + "Signatures.............................................             4\n\n"
                + "ITEM 5 -- OTHER EVENTS\n\n"
                + "     Pursuant to  contractual  obligations  with the seller of a business\n\n"
                + "                                   SIGNATURES\n\n"
                + "     Pursuant  to the  requirements of the Securities  Exchange Act of 1934,\n";
        List<ItemSection> sections = sections(text, Regime.PRE_2004);
        assertThat(sections).extracting(ItemSection::code).containsExactly("5");
        assertThat(sections.get(0).text()).startsWith("ITEM 5 -- OTHER EVENTS").doesNotContain("Securities");
    }

    @Test
    void aTableOfContentsListingTheSignatureDoesNotEndTheItems() {
        String text = "TABLE OF CONTENTS\n\nItem 2.01. Completion of Acquisition or Disposition of Assets.\n\n"
                + "Item 9.01. Financial Statements and Exhibits.\n\nSIGNATURE\n\nEx-99.1 Press Release dated April 25, 2007\n\n"
                + "Item 2.01. Completion of Acquisition or Disposition of Assets.\n\nOn April 24, 2007, Nuance completed.\n\n"
                + "Item 9.01. Financial Statements and Exhibits.\n\n(d) Exhibits\n\n99.1 Press Release dated April 25, 2007\n\n"
                + "SIGNATURE\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant\n";
        List<ItemSection> sections = sections(text, Regime.MODERN);
        assertThat(sections).extracting(ItemSection::code).containsExactly("2.01", "9.01");
        assertThat(sections.get(1).text()).contains("(d) Exhibits").doesNotContain("Pursuant");
    }

    @Test
    void notApplicableItemsAreNotReported() {
        String text = "Item 1.  Changes in Control of Registrant.\n\n         Not applicable.\n\n"
                + "Item 5.  Other Events.\n\n         None.\n\n"
                + "Item 7.  Financial Statements and Exhibits.\n\n(a) Not Applicable\n\n(c) Exhibits\n\n"
                + "Exhibit 99 - Press Release Dated July 14, 2000\n";
        List<ItemSection> sections = sections(text, Regime.PRE_2004);
        assertThat(sections).extracting(ItemSection::code, ItemSection::reported)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", false),
                        org.assertj.core.groups.Tuple.tuple("5", false), org.assertj.core.groups.Tuple.tuple("7", true));
        assertThat(sections("ITEM 1. CHANGES IN CONTROL OF REGISTRANT. Inapplicable.\n", Regime.PRE_2004))
                .extracting(ItemSection::reported).containsExactly(false);
    }

    @Test
    void codesOfTheOtherNumberingAreIgnored() {
        assertThat(codes("Item 2.02 Results of Operations\n\nText.\n", Regime.PRE_2004)).isEmpty();
        assertThat(codes("Item 1. Business\n\nText.\n", Regime.MODERN)).isEmpty();
    }

    @Test
    void aHugeSingleLineIsReadInLinearTime() {
        String hostile = "Item 5 " + " ".repeat(5_000_000) + "x".repeat(5_000_000);
        long start = System.nanoTime();
        sections(hostile, Regime.PRE_2004);
        DocumentIndex.of(hostile + "\nEXHIBIT INDEX\n" + "9".repeat(1000) + " ".repeat(1_000_000)).exhibitList(Regime.MODERN);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void theLooseLineScannerAcceptsTheLanguageOfItsRegex() {
        Pattern regex = Pattern.compile(
                "^\\s{0,40}(?:\\d{1,3}\\s{1,6})?ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)", Pattern.CASE_INSENSITIVE);
        // each line: indent, page number, the word, a gap, the code and what follows, each part valid or not
        String[][] parts = {
            {"", " ", "\t", " ".repeat(38), " ".repeat(40), " ".repeat(41), "\u00A0", "\r\f"},
            {"", "", "2 ", "12  ", "123 ", "1234 ", "2", "7" + " ".repeat(7), "3\t"},
            {"ITEM", "item", "Item", "Items", "ITEMS", "Itme", "\u0130TEM", "ITEMs", "ITEMSS", "tem"},
            {" ", "", "  ", "\t", " ".repeat(6), " ".repeat(7), "\u00A0", " \u000B"},
            {"5", "12", "123", "2.01", "2.1", "2.012", "9.01", "x", "", "2.", "02.01", "1.0a"},
            {"", " Other Events", "A", ".", "0", " and 5", "(a)"}};
        Random random = new Random(20241208);
        int headings = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder line = new StringBuilder();
            for (String[] part : parts) {
                line.append(part[random.nextInt(part.length)]);
            }
            String s = line.toString();
            boolean expected = regex.matcher(s).lookingAt();
            assertThat(ItemHeadings.opensLine(s)).as("[%s]", s).isEqualTo(expected);
            headings += expected ? 1 : 0;
        }
        assertThat(headings).as("generated lines that are headings").isGreaterThan(10_000);
        assertThat(ItemHeadings.opensLine("  2 ITEM 2.  ACQUISITION")).isTrue();
        assertThat(ItemHeadings.opensLine("Items 2.01 and 9.01")).isTrue();
        assertThat(ItemHeadings.opensLine("Item 123")).isFalse();
    }
}
