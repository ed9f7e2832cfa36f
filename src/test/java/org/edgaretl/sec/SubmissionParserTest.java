package org.edgaretl.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The container parser over real EDGAR files of every era and container. */
class SubmissionParserTest {

    private static byte[] bytes(String file) {
        try (InputStream in = SubmissionParserTest.class.getResourceAsStream("/corpus/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Submission parse(String file) {
        return SubmissionParser.parse(file, bytes(file));
    }

    @Test
    void readsAnImsHeaderInsideAPrivacyEnhancedMessage() {
        Submission s = parse("1990s/0000950144-94-000103.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.SGML);
        assertThat(s.header().first("ACCESSION NUMBER")).contains("0000950144-94-000103");
        assertThat(s.header().firstFiler("COMPANY CONFORMED NAME")).contains("TURNER BROADCASTING SYSTEM INC");
        assertThat(s.header().firstFiler("SEC FILE NUMBER")).contains("001-08911");
        assertThat(s.header().firstInBlock("BUSINESS ADDRESS", "BUSINESS PHONE")).contains("4048271700");
        assertThat(s.documents()).extracting(SubmissionDocument::type).startsWith("8-K");
        assertThat(s.primaryDocument().orElseThrow().text()).doesNotContain("PRIVACY-ENHANCED", "<TEXT>");
    }

    @Test
    void keepsTheLinesOfA1990sTextDocumentWhoseSgmlTablesAreNotHtml() {
        SubmissionDocument d = parse("1990s/0000950144-94-000177.txt").primaryDocument().orElseThrow();
        assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(d.text()).contains("\n                       TURNER BROADCASTING SYSTEM, INC.\n")
                .doesNotContain("<PAGE>", "<TABLE>", "<CAPTION>");
    }

    @Test
    void readsTheTagHeaderOfADailyFeedFile() {
        Submission s = parse("modern/0001493152-25-001317.nc");
        assertThat(s.format()).isEqualTo(SourceFormat.NC);
        assertThat(s.header().first("ACCESSION NUMBER")).contains("0001493152-25-001317");
        assertThat(s.header().first("CONFORMED SUBMISSION TYPE")).contains("8-K");
        assertThat(s.header().first("FILED AS OF DATE")).contains("20250108");
        assertThat(s.header().firstFiler("CENTRAL INDEX KEY")).contains("0000880984");
        assertThat(s.header().firstFiler("COMPANY CONFORMED NAME")).contains("ACORN ENERGY, INC.");
        assertThat(s.header().firstFiler("IRS NUMBER")).contains("222786081");
        assertThat(s.header().all("ITEM INFORMATION")).containsExactly("5.02", "9.01");
        SubmissionDocument primary = s.primaryDocument().orElseThrow();
        assertThat(primary.type()).isEqualTo("8-K");
        assertThat(primary.deiFacts()).containsEntry("EntityCentralIndexKey", "0000880984");
    }

    @Test
    void rendersInlineXbrlAsLinesAndCollectsTheDeiCoverFacts() {
        SubmissionDocument d = parse("modern/edgartools__data__html__Oracle.8-K.html").primaryDocument().orElseThrow();
        assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(d.text()).contains("\nOracle Corporation\n", "\n(Exact name of registrant as specified in its charter)\n");
        assertThat(d.deiFacts()).containsEntry("EntityRegistrantName", "ORACLE CORP")
                .containsEntry("EntityFileNumber", "001-35992").containsEntry("DocumentType", "8-K");
    }

    @Test
    void keepsTheSourceLinesOfATextFilingWrappedInHtml() {
        String text = parse("other-forms/0000928385-01-500187.html").primaryDocument().orElseThrow().text();
        assertThat(text).contains("\nFORM 20-F\n", "\nAEGON N.V.\n");
    }

    @Test
    void keepsUuencodedAttachmentsAsTypesWithoutText() {
        Submission s = parse("other-forms/0000950103-25-001140.txt");
        assertThat(s.documents()).filteredOn(d -> d.type().equals("GRAPHIC")).isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.format()).isEqualTo(DocumentFormat.BINARY);
                    assertThat(d.text()).isEmpty();
                });
        assertThat(s.primaryDocument().orElseThrow().type()).isEqualTo("424B2");
    }

    @Test
    void readsALoneDocumentSavedWithoutItsDocumentWrapper() {
        Submission s = parse("modern/edgartools__data__html__BeyondAir.html");
        assertThat(s.header().isEmpty()).isTrue();
        assertThat(s.documents()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("EX-99.1");
            assertThat(d.isExhibit()).isTrue();
        });
    }

    @Test
    void readsAPlainTextDocumentWithoutAHeader() {
        Submission s = parse("seed/immunogen-1995-08-8k.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(s.header().isEmpty()).isTrue();
        assertThat(s.primaryDocument().orElseThrow().text()).contains("ImmunoGen, Inc.");
    }

    @Test
    void decodesWindows1252AsWellAsUtf8() {
        // the corpus is ASCII; a 1990s filing saved by a Windows word processor has curly quotes and dashes
        String original = new String(bytes("seed/immunogen-1995-08-8k.txt"), StandardCharsets.UTF_8)
                .replace("The Registrant's Press Release", "The Registrant’s “Press Release” — ");
        byte[] cp1252 = original.getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).contains((byte) 0x92, (byte) 0x93, (byte) 0x97);
        assertThat(TextDecoder.decode("x.htm", cp1252)).isEqualTo(original.replace("\r\n", "\n"));
    }

    @Test
    void decodesCharacterEntitiesOfTextDocuments() {
        assertThat(SubmissionParser.plainText("AT&amp;T &#151; Smith &amp; Wesson")).isEqualTo("AT&T \u2014 Smith & Wesson");
    }
}
