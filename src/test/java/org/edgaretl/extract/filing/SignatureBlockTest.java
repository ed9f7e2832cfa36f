package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SignatureBlockTest {

    @Test
    void readsASideBySideTextSignatureWithAWrappedTitle() {
        String text = """
                     Pursuant to the requirements of the Securities Exchange Act of 1934, the
                Registrant has duly caused this report to be signed on its behalf by the
                undersigned hereunto duly authorized.

                                                                ImmunoGen, Inc.

                Date:         August 29, 1995              \t\t    /s/Frank J. Pocher
                                                                 Frank J. Pocher
                                                                 Vice President and
                                                                 principal financial officer

                                                 Page 3 of 5 pages
                """;
        assertThat(SignatureBlock.read(text)).isEqualTo(new SignatureBlock("Frank J. Pocher",
                "Vice President and principal financial officer", LocalDate.of(1995, 8, 29)));
    }

    @Test
    void prefersTheTypedFullNameToAnAbbreviatedSignature() {
        String text = """
                Pursuant to the requirements of the Securities Exchange Act of 1934, the
                Registrant has duly caused this report to be signed on its behalf.

                March 22, 1994                                  /s/ W.A. Freeman
                                                                William A. Freeman
                                                                President

                                                 EXHIBIT INDEX
                """;
        assertThat(SignatureBlock.read(text)).isEqualTo(new SignatureBlock("William A. Freeman", "President",
                LocalDate.of(1994, 3, 22)));
    }

    @Test
    void readsLabelledHtmlLinesAndStopsBeforeTheExhibitIndex() {
        String text = """
                Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

                THE WALT DISNEY COMPANY

                By:
                /s/ Roger J. Patterson

                Name: Roger J. Patterson

                Title: Associate General Counsel

                Registered In-House Counsel

                Dated: October 5, 2018
                """;
        assertThat(SignatureBlock.read(text)).isEqualTo(new SignatureBlock("Roger J. Patterson",
                "Associate General Counsel, Registered In-House Counsel", LocalDate.of(2018, 10, 5)));
    }

    @Test
    void leavesTheTitleEmptyWhenNoneIsPrinted() {
        String text = """
                Pursuant to the requirements of the Securities Exchange Act of 1934,
                the registrant has duly caused this report to be signed on its behalf.

                                           By: /s/ Nicholas C. Hindman



                Dated:  June 14, 1999
                """;
        assertThat(SignatureBlock.read(text)).isEqualTo(new SignatureBlock("Nicholas C. Hindman", null,
                LocalDate.of(1999, 6, 14)));
    }
}
