package org.edgaretl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Regime;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.HtmlText;
import org.edgaretl.sec.ParseException;
import org.edgaretl.sec.SubmissionParser;
import org.edgaretl.sec.TextDecoder;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing with mutated real filings (byte flips, truncation, inserted and deleted tags, duplicated and moved
 * ranges): nothing but a {@link ParseException} escapes the container parser, the HTML renderer and the item
 * scanner never throw, and {@link FilingPipeline#process} never throws nor returns {@code internal_error}.
 *
 * <p>Runs {@code edgar.fuzz.tries} cases per target (default 150, about 20 s in all) from the base seed
 * {@code edgar.fuzz.seed} (default fixed, so CI is reproducible); every failure names its case seed, and
 * {@code -Dedgar.fuzz.case=SEED} replays that one case. More on demand, e.g.
 * {@code mvn -o test -Dtest=MutatedFilingsFuzzTest -Dedgar.fuzz.tries=20000 -Dedgar.fuzz.seed=$RANDOM}.
 */
class MutatedFilingsFuzzTest {

    private static final long BASE_SEED = Long.getLong("edgar.fuzz.seed", 20_260_611L);
    private static final int TRIES = Integer.getInteger("edgar.fuzz.tries", 150);
    private static final Long ONE_CASE = Long.getLong("edgar.fuzz.case");

    /** Real filings of every container kind: PEM/SGML text, HTML, inline XBRL, .nc, a Form 4. */
    private static final List<String> SEEDS = List.of(
            "corpus/seed/immunogen-1995-08-8k.txt",
            "corpus/1990s/0000914260-00-000037.txt",
            "corpus/1990s/0001047469-99-037047.txt",
            "corpus/2001-2004/0001125282-04-002113.txt",
            "corpus/2001-2004/0001193125-04-090958.htm",
            "corpus/modern/0000950123-10-078896.htm",
            "corpus/modern/0001193125-16-623923.htm",
            "corpus/modern/0001125282-05-004831.txt",
            "corpus/modern/edgartools__data__html__BeyondAir.html",
            "corpus/modern/0001493152-25-001317.nc",
            "corpus/other-forms/0001094891-00-000193.txt");
    private static final List<byte[]> SEED_BYTES = SEEDS.stream().map(Fixtures::bytes).toList();

    /** Markup the parsers branch on, inserted at random places. */
    private static final List<String> TAGS = List.of("<DOCUMENT>", "</DOCUMENT>", "<TEXT>", "</TEXT>", "<SEC-HEADER>",
            "</SEC-HEADER>", "<SUBMISSION>", "<TYPE>8-K\n", "<TYPE>EX-99.1\n", "<FILENAME>x.htm\n", "<html>", "</html>",
            "<body>", "<table>", "<tr>", "<td>", "</td>", "<div style=\"display:none\">", "<pre>", "</pre>", "<PAGE>",
            "<ix:nonNumeric name=\"dei:EntityRegistrantName\">", "</ix:nonNumeric>", "<ix:header>", "begin 644 x.jpg\n",
            "\nITEM 2.01 Completion of Acquisition\n", "\nItem 5. Other Events\n", "\nSIGNATURES\n", "\n/s/ ",
            "\nEXHIBIT INDEX\n", "\nExhibit 99.1  Press release\n", "&#99999999;", "&amp", "&#x;", "<!--", "-->",
            "<![CDATA[", "<script>", "<?xml version=\"1.0\"?>", "\u0000", "\r", "\t", "<", ">", "\u00a0", "\u2028",
            "ACCESSION NUMBER:\t\t0000000000-00-000000\n", "FILED AS OF DATE:\t\t99999999\n",
            "CONFORMED PERIOD OF REPORT:\t00000000\n");

    private final FilingPipeline pipeline = new FilingPipeline(Duration.ofSeconds(20));

    @Test
    void thePipelineNeverThrowsAndNeverFailsInternally() {
        fuzz("pipeline", mutated -> {
            ProcessedFile processed = pipeline.process("fuzz.txt", mutated.bytes());
            if (processed.isRejected()) {
                assertThat(processed.reject().reason().code()).as("%s", processed.reject())
                        .isNotIn("internal_error", "out_of_memory", "timeout");
            }
        });
    }

    @Test
    void theContainerParserThrowsNothingButParseErrors() {
        fuzz("SubmissionParser", mutated -> {
            try {
                SubmissionParser.parse("fuzz.txt", mutated.bytes());
            } catch (ParseException expected) {
                assertThat(expected.reason().code()).isNotBlank();
            }
        });
    }

    @Test
    void theHtmlRendererAndTheItemHeadingsNeverThrow() {
        fuzz("HtmlText+ItemHeadings", mutated -> {
            String text;
            try {
                text = TextDecoder.decode("fuzz.txt", mutated.bytes());
            } catch (ParseException rejected) {
                return;
            }
            String rendered = HtmlText.render(text).text();
            for (Regime regime : Regime.values()) {
                DocumentIndex.of(text).items(regime);
                DocumentIndex.of(rendered).items(regime);
            }
        });
    }

    /** One mutated input and how it was made, for the failure message. */
    record Mutated(long caseSeed, String seedFile, List<String> steps, byte[] bytes) {
    }

    private static void fuzz(String target, Consumer<Mutated> property) {
        List<String> failures = new ArrayList<>();
        int tries = ONE_CASE != null ? 1 : TRIES;
        for (int i = 0; i < tries; i++) {
            long caseSeed = ONE_CASE != null ? ONE_CASE : BASE_SEED * 1_000_003L + i;
            Mutated mutated = mutate(caseSeed);
            try {
                property.accept(mutated);
            } catch (Throwable e) {
                failures.add(target + " case " + caseSeed + " (" + mutated.seedFile() + " " + mutated.steps() + "): " + e);
            }
        }
        assertThat(failures).as("replay one with -Dedgar.fuzz.case=SEED").isEmpty();
    }

    static Mutated mutate(long caseSeed) {
        Random random = new Random(caseSeed);
        int pick = random.nextInt(SEEDS.size());
        byte[] bytes = SEED_BYTES.get(pick);
        List<String> steps = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            bytes = mutateOnce(bytes, random, steps);
        }
        return new Mutated(caseSeed, SEEDS.get(pick), steps, bytes);
    }

    private static byte[] mutateOnce(byte[] in, Random random, List<String> steps) {
        int n = in.length;
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] out = in.clone();
                int flips = 1 + random.nextInt(32);
                for (int f = 0; f < flips && n > 0; f++) {
                    out[random.nextInt(n)] = (byte) random.nextInt(256);
                }
                steps.add("flip " + flips);
                return out;
            }
            case 1 -> {
                int at = n == 0 ? 0 : random.nextInt(n);
                steps.add("truncate@" + at);
                return Arrays.copyOf(in, at);
            }
            case 2 -> {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                int times = random.nextInt(10) == 0 ? 1 + random.nextInt(2000) : 1;
                int at = n == 0 ? 0 : random.nextInt(n + 1);
                steps.add("insert " + times + "x" + tag.strip() + "@" + at);
                return splice(in, at, at, tag.repeat(times).getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                int at = n == 0 ? 0 : random.nextInt(n);
                int open = indexOf(in, (byte) '<', at);
                int close = open < 0 ? -1 : indexOf(in, (byte) '>', open);
                if (close < 0) {
                    steps.add("delete-tag none");
                    return in;
                }
                steps.add("delete-tag@" + open);
                return splice(in, open, close + 1, new byte[0]);
            }
            case 4 -> {
                int from = n == 0 ? 0 : random.nextInt(n);
                int to = Math.min(n, from + random.nextInt(1 << 16));
                int at = random.nextInt(n + 1);
                steps.add("duplicate " + from + ".." + to + "@" + at);
                return splice(in, at, at, Arrays.copyOfRange(in, from, to));
            }
            default -> {
                int from = n == 0 ? 0 : random.nextInt(n);
                int to = Math.min(n, from + random.nextInt(4096));
                steps.add("delete " + from + ".." + to);
                return splice(in, from, to, new byte[0]);
            }
        }
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
