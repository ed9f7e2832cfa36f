package org.edgaretl.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Exhibit list entries in the layouts real 8-Ks use. */
class ExhibitListTest {

    private static List<String> numbers(String text, boolean fromStart) {
        return ExhibitList.read(List.of(text.split("\n", -1)), fromStart).stream().map(ExhibitEntry::number).toList();
    }

    @Test
    void numberAndDescriptionOnOneLine() {
        String text = "(c) Exhibits\n\n"
                + "1(c) - Terms Agreement dated January 27, 1994 among Turner Broadcasting System, Inc.\n"
                + "4(f) - Form of Officers' Certificate establishing the terms of the Company's 7.40% Senior Notes\n\n"
                + "         Exhibit 99.1 Press Release dated June 14, 1999 issued by Westell\n"
                + "Technologies, Inc.\n\n"
                + "2 .1* Agreement and Plan of Merger by and among Nuance Communications, Inc.\n";
        List<ExhibitEntry> entries = ExhibitList.read(List.of(text.split("\n", -1)), false);
        assertThat(entries).extracting(ExhibitEntry::number).containsExactly("1(c)", "4(f)", "99.1", "2.1*".replace("*", ""));
        assertThat(entries.get(2).description()).isEqualTo("Press Release dated June 14, 1999 issued by Westell Technologies, Inc.");
    }

    @Test
    void tableCellsOnSeparateLines() {
        String text = "(d) Exhibits\n\nExhibit No.\n\nDescription\n\n10.1\n\nNote Agreement, dated as of August 10, 2012\n\n"
                + "104\n\nCover Page Interactive Data File (embedded within the Inline XBRL document)\n";
        assertThat(numbers(text, false)).containsExactly("10.1", "104");
    }

    @Test
    void pageNumbersAndRunningTextAreNotExhibits() {
        String text = "ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.\n\n   4\n\nINDEPENDENT AUDITORS' REPORT\n\n"
                + "The Company's news release is attached as Exhibit 99.1\n"
                + "Exhibit 99.1 to this Form 8-K is incorporated by reference.\n"
                + "10 to 1. At December 31, 1999, Kinnard had net capital\n";
        assertThat(numbers(text, false)).isEmpty();
    }

    @Test
    void exhibitIndexWithPageColumn() {
        String text = "99.1                     The Registrant's Press                 5\n"
                + "                         Release dated August 17, 1995.\n\n"
                + "                                 Page 4 of 5 pages\n\n"
                + "contact:     Mitchel Sayare\n\nFOR IMMEDIATE RELEASE\n\n1. Something numbered in the press release\n";
        List<ExhibitEntry> entries = ExhibitList.read(List.of(text.split("\n", -1)), true);
        assertThat(entries).extracting(ExhibitEntry::number).containsExactly("99.1");
        assertThat(entries.get(0).description()).isEqualTo("The Registrant's Press Release dated August 17, 1995.");
    }
}
