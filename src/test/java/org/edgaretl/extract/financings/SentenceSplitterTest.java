package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences of wrapped 1990s text and rendered HTML, and bounded work on hostile input. */
class SentenceSplitterTest {

    @Test
    void joinsWrappedLinesAndKeepsAbbreviations() {
        List<String> sentences = SentenceSplitter.split("""
                Cambridge, Mass., August 17, 1995--ImmunoGen, Inc. (Nasdaq: IMGN) today
                announced that it has completed the sale of $3.6 million of subordinated,
                convertible debentures to a small number of European investors.  The
                transaction was undertaken pursuant to Regulation S of the Securities Act of

                "This transaction provides timely financial support," states the Chairman.
                """);

        assertThat(sentences).containsExactly(
                "Cambridge, Mass., August 17, 1995--ImmunoGen, Inc. (Nasdaq: IMGN) today announced that it has "
                        + "completed the sale of $3.6 million of subordinated, convertible debentures to a small number "
                        + "of European investors.",
                "The transaction was undertaken pursuant to Regulation S of the Securities Act of",
                "\"This transaction provides timely financial support,\" states the Chairman.");
    }

    @Test
    void itemHeadingsStandAlone() {
        assertThat(SentenceSplitter.split("Item 1.01\nEntry into a Material Definitive Agreement.\nOn June 8, 2012 the "
                + "Registrant entered into a credit agreement with Bank of America, N.A. as agent."))
                .containsExactly("Item 1.01", "Entry into a Material Definitive Agreement.",
                        "On June 8, 2012 the Registrant entered into a credit agreement with Bank of America, N.A. as agent.");
    }

    @Test
    void aHugeSingleLineIsCutIntoBoundedSentencesQuickly() {
        String hostile = "$1 million of notes ".repeat(500_000);

        List<String> sentences = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SentenceSplitter.split(hostile));

        assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
    }
}
