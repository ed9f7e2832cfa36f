package org.edgaretl.extract.financings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.edgaretl.domain.Exemption;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.Instrument;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.filing.FilingFieldsExtractor;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Financings of every labelled filing against its hand-checked label: (instrument, amount) pairs, no more. */
class FinancingLabelsTest {

    private static final Path RESOURCES = Path.of("src/test/resources");

    static Stream<Path> labels() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("labels"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** The labelled (instrument, amount) pairs, and the GUIDE's maturity_text (as printed) where the label has it. */
    @ParameterizedTest
    @MethodSource("labels")
    void yieldsTheLabelledFinancings(Path label) throws IOException {
        String json = Files.readString(label);
        List<Map<String, Object>> expected = JsonPath.read(json, "$.financings");
        List<Financing> got = extract(JsonPath.read(json, "$.file"));

        assertThat(got).extracting(FinancingLabelsTest::keyOf)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(FinancingLabelsTest::labelledKey).toList());
        assertThat(got).allSatisfy(f -> assertThat(f.evidence()).isNotBlank());
        assertThat(got).extracting(Financing::seq).containsExactlyElementsOf(
                Stream.iterate(1, i -> i + 1).limit(got.size()).toList());
        for (Map<String, Object> e : expected) {
            if (e.containsKey("maturity_text")) {
                Financing f = got.stream().filter(g -> keyOf(g).equals(labelledKey(e))).findFirst().orElseThrow();
                assertThat(f.maturityText()).as(labelledKey(e)).isEqualTo(e.get("maturity_text"));
            }
        }
    }

    private static String keyOf(Financing f) {
        return f.instrument() + " " + f.amount().stripTrailingZeros().toPlainString();
    }

    private static String labelledKey(Map<String, Object> labelled) {
        return labelled.get("instrument") + " " + new BigDecimal(labelled.get("amount").toString()).stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void immunogenSeedYieldsEveryFieldOfItsLabel() throws IOException {
        List<Financing> got = extract("seed/immunogen-1995-08-8k.txt");

        assertThat(got).hasSize(1);
        Financing f = got.get(0);
        assertThat(f.seq()).isEqualTo(1);
        assertThat(f.instrument()).isEqualTo(Instrument.CONVERTIBLE_DEBENTURES);
        assertThat(f.instrumentText()).isEqualTo("subordinated, convertible debentures");
        assertThat(f.amount()).isEqualByComparingTo("3600000");
        assertThat(f.currency()).isEqualTo("USD");
        assertThat(f.exemption()).isEqualTo(Exemption.REGULATION_S);
        assertThat(f.investors()).isEqualTo("a small number of European investors");
        assertThat(f.announcedDate()).isEqualTo(LocalDate.of(1995, 8, 17));
        assertThat(f.closingDate()).isNull();
        assertThat(f.interestRate()).isNull();
        assertThat(f.maturityDate()).isNull();
        assertThat(f.conversionStart()).isEqualTo(LocalDate.of(1995, 10, 2));
        assertThat(f.conversionEnd()).isEqualTo(LocalDate.of(1996, 7, 31));
        assertThat(f.pricingTerms()).isEqualTo(
                "conversion price based on a pre-determined discount to the market price at the time of conversion");
        assertThat(f.evidence()).contains("$3.6 million of subordinated, convertible debentures");
    }

    @Test
    void nuanceDebenturesKeepTheirTerms() throws IOException {
        Financing f = extract("modern/0000950123-11-091518.htm").get(0);

        assertThat(f.instrumentText()).isEqualTo("2.75% Convertible Debentures due 2031");
        assertThat(f.exemption()).isEqualTo(Exemption.RULE_144A);
        assertThat(f.interestRate()).isEqualByComparingTo("2.75");
        assertThat(f.maturityDate()).isEqualTo(LocalDate.of(2031, 11, 1));
        assertThat(f.closingDate()).isEqualTo(LocalDate.of(2011, 10, 24));
        assertThat(f.pricingTerms()).startsWith("initial conversion rate of 30.9610 shares of common stock");
    }

    @Test
    void termSheetOfAnUnderwritingAgreementGivesEachTranche() throws IOException {
        List<Financing> got = extract("1990s/0000950144-94-000177.txt");

        assertThat(got).extracting(Financing::instrument, Financing::interestRate, Financing::maturityDate,
                        Financing::exemption, Financing::closingDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Instrument.SENIOR_NOTES, new BigDecimal("7.40"),
                                LocalDate.of(2004, 2, 1), Exemption.REGISTERED, LocalDate.of(1994, 2, 3)),
                        org.assertj.core.groups.Tuple.tuple(Instrument.DEBENTURES, new BigDecimal("8.40"),
                                LocalDate.of(2024, 2, 1), Exemption.REGISTERED, LocalDate.of(1994, 2, 3)));
    }

    private static List<Financing> extract(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(RESOURCES.resolve("corpus").resolve(file));
        Submission submission = SubmissionParser.parse(file, bytes);
        DocumentIndex index = DocumentIndex.of(submission);
        Filing filing = new FilingFieldsExtractor()
                .extract(submission, index, file, "0".repeat(64)).filing();
        return new FinancingExtractor().extract(submission, index, filing, List.of());
    }
}
