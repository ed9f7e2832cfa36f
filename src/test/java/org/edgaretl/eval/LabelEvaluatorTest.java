package org.edgaretl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.edgaretl.io.Table;
import org.edgaretl.tools.CorpusDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelEvaluatorTest {

    private static final String IMMUNOGEN = "immunogen-1995-08-8k.json";
    private static final String HEADERED_1994 = "0000109446-94-000005.json";
    private static final String MODERN_2008 = "0000950135-08-003855.json";

    /** The Python interpreter for the cross-check; {@code -Devaluate.python=...} picks another one. */
    private static final String PYTHON = System.getProperty("evaluate.python", "python3");

    @TempDir
    Path tmp;

    private Path labels;
    private Label immunogen;
    private Label headered;
    private Label modern;

    @BeforeEach
    void threeLabels() throws IOException {
        labels = Files.createDirectories(tmp.resolve("labels"));
        for (String name : List.of(IMMUNOGEN, HEADERED_1994, MODERN_2008)) {
            Files.copy(resource("labels").resolve(name), labels.resolve(name));
        }
        immunogen = Label.read(labels.resolve(IMMUNOGEN));
        headered = Label.read(labels.resolve(HEADERED_1994));
        modern = Label.read(labels.resolve(MODERN_2008));
    }

    private OutputFixture perfect() {
        return new OutputFixture().perfect(immunogen, "f1").perfect(headered, "f2").perfect(modern, "f3");
    }

    @Test
    void perfectOutputScoresOneEverywhere() throws IOException {
        EvalReport report = LabelEvaluator.evaluate(labels, perfect().writeTo(tmp.resolve("out")));

        assertThat(report.misses()).isEmpty();
        assertThat(report.eras()).extracting(EraScores::era).containsExactly("1990s", "2004+", "all");
        for (EraScores era : report.eras()) {
            assertThat(List.of(era.fields(), era.softFields(), era.eventsP(), era.eventsR(), era.eventsF1(),
                    era.exhibitsF1(), era.finP(), era.finR())).as(era.era()).containsOnly(1.0);
        }
        assertThat(report.all().files()).isEqualTo(3);
        assertThat(report.all().finGold()).isEqualTo(3);
        assertThat(report.era("1990s").files()).isEqualTo(2);
        assertThat(report.table()).contains("all            3    0   1.000  1.000  1.000  1.000  1.000  1.000  1.000  1.000     3");
    }

    @Test
    void oneWrongFieldCostsOneTwentySeventh() throws IOException {
        Path out = perfect().set(Table.FILINGS, "f1", "company_name", "ImmunoGen Holdings").writeTo(tmp.resolve("out"));

        EvalReport report = LabelEvaluator.evaluate(labels, out);

        assertThat(report.all().fieldOk()).isEqualTo(26);
        assertThat(report.all().fieldCount()).isEqualTo(27);
        assertThat(report.all().fields()).isEqualTo(0.963);
        assertThat(report.era("1990s").fields()).isEqualTo(0.9444);
        assertThat(report.era("2004+").fields()).isEqualTo(1.0);
        assertThat(report.misses()).containsExactly(
                "seed/immunogen-1995-08-8k.txt: company_name: want 'ImmunoGen, Inc.' got 'ImmunoGen Holdings'");
    }

    @Test
    void spellingDifferencesThatTheRulesForgiveAreNoMisses() throws IOException {
        Path out = perfect()
                .set(Table.FILINGS, "f1", "company_name", "IMMUNOGEN INC")
                .set(Table.FILINGS, "f1", "commission_file_number", "000-017999")
                .set(Table.FILINGS, "f2", "cik", "109446")
                // the label has no accession number: one read from the EDGAR-style file name is not a guess
                .set(Table.FILINGS, "f3", "accession_number", "0000950135-08-003855")
                .set(Table.EVENTS, "f3", "item_code", "Item 8.1")
                .writeTo(tmp.resolve("out"));

        EvalReport report = LabelEvaluator.evaluate(labels, out);

        assertThat(report.all().fields()).isEqualTo(1.0);
        assertThat(report.misses()).noneMatch(m -> m.contains("company_name") || m.contains("cik")
                || m.contains("commission_file_number") || m.contains("accession_number"));
    }

    @Test
    void anInventedAccessionNumberIsAMiss() throws IOException {
        Path out = perfect().set(Table.FILINGS, "f1", "accession_number", "0000000000-95-000001")
                .writeTo(tmp.resolve("out"));

        EvalReport report = LabelEvaluator.evaluate(labels, out);

        assertThat(report.misses()).containsExactly(
                "seed/immunogen-1995-08-8k.txt: accession_number: want None got '0000000000-95-000001'");
    }

    @Test
    void anExtraFinancingLowersPrecisionOnly() throws IOException {
        Path out = perfect().add(Table.FINANCINGS, Map.of("filing_id", "f3", "seq", "3", "instrument", "notes",
                "amount", "1000000")).writeTo(tmp.resolve("out"));

        EvalReport report = LabelEvaluator.evaluate(labels, out);

        assertThat(report.all().financings()).isEqualTo(new PrecisionRecall(3, 1, 0));
        assertThat(report.all().finP()).isEqualTo(0.75);
        assertThat(report.all().finR()).isEqualTo(1.0);
        assertThat(report.era("2004+").finP()).isEqualTo(0.6667);
        assertThat(report.era("1990s").finP()).isEqualTo(1.0);
        assertThat(report.misses()).containsExactly("modern/0000950135-08-003855.htm: financings want "
                + "[\"('common stock', 100000000.0)\", \"('warrants', 500000.0)\"] got "
                + "[\"('common stock', 100000000.0)\", \"('notes', 1000000.0)\", \"('warrants', 500000.0)\"]");
    }

    @Test
    void anAmountMatchesWithinOnePercent() throws IOException {
        // the label says $3.6 million: 3,630,000 is 0.83% off, 3,700,000 is 2.8% off
        EvalReport near = LabelEvaluator.evaluate(labels,
                perfect().set(Table.FINANCINGS, "f1", "amount", "3630000").writeTo(tmp.resolve("near")));
        EvalReport far = LabelEvaluator.evaluate(labels,
                perfect().set(Table.FINANCINGS, "f1", "amount", "3700000").writeTo(tmp.resolve("far")));

        assertThat(near.era("1990s").financings()).isEqualTo(new PrecisionRecall(1, 0, 0));
        assertThat(far.era("1990s").financings()).isEqualTo(new PrecisionRecall(0, 1, 1));
        assertThat(far.era("1990s").finP()).isEqualTo(0.0);
    }

    @Test
    void aMissedEventAndAMissingFilingLowerRecall() throws IOException {
        Path out = perfect().remove(Table.EVENTS, "f1", "item_code", "7")
                .remove(Table.FILINGS, "f2", "filing_id", "f2")
                .writeTo(tmp.resolve("out"));

        EvalReport report = LabelEvaluator.evaluate(labels, out);

        EraScores nineties = report.era("1990s");
        assertThat(nineties.missing()).isEqualTo(1);
        // gold events: immunogen 5, 7; the 1994 filing 1 item; found: 5 only
        assertThat(nineties.events()).isEqualTo(new PrecisionRecall(1, 0, 2));
        assertThat(nineties.eventsR()).isEqualTo(0.3333);
        assertThat(nineties.eventsF1()).isEqualTo(0.5);
        assertThat(report.misses()).contains("1990s/0000109446-94-000005.txt: no filings row",
                "seed/immunogen-1995-08-8k.txt: events want ['5', '7'] got ['5']");
    }

    /** The Java figures and texts equal evaluate.py's, on the pipeline's output and on hand-made outputs. */
    @Test
    void agreesWithEvaluatePy() throws Exception {
        assumeTrue(pythonAvailable(), PYTHON + " cannot be run: the cross-check with evaluate.py is skipped");
        Path pipelineOut = tmp.resolve("pipeline");
        CorpusDump.main(new String[] {resource("corpus").toString(), pipelineOut.toString()});
        Path allLabels = resource("labels");
        assertSameAsPython(allLabels, pipelineOut);

        Path handMade = perfect().set(Table.FILINGS, "f1", "company_name", "ImmunoGen Holdings")
                .set(Table.FILINGS, "f2", "cik", "000109446")
                .set(Table.FINANCINGS, "f1", "amount", "3,630,000")
                .set(Table.EVENTS, "f3", "item_code", "Item 9.1.")
                .add(Table.FINANCINGS, Map.of("filing_id", "f3", "seq", "3", "instrument", "Notes", "amount", "nan"))
                .add(Table.EXHIBITS, Map.of("filing_id", "f2", "exhibit_number", "EX-99.(a)"))
                .writeTo(tmp.resolve("hand"));
        assertSameAsPython(labels, handMade);
        assertSameAsPython(allLabels, handMade);
    }

    private void assertSameAsPython(Path labelsDir, Path outputDir) throws Exception {
        EvalReport report = LabelEvaluator.evaluate(labelsDir, outputDir);
        assertThat(report.json()).isEqualTo(python(labelsDir, outputDir, "--json"));
        assertThat(report.text()).isEqualTo(python(labelsDir, outputDir));
    }

    private String python(Path labelsDir, Path outputDir, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, resource("eval/evaluate.py").toString(),
                labelsDir.toString(), outputDir.toString()));
        command.addAll(List.of(options));
        Path stdout = Files.createTempFile(tmp, "evaluate", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("evaluate.py finished").isTrue();
        assertThat(process.exitValue()).as("evaluate.py exit code").isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(LabelEvaluatorTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
