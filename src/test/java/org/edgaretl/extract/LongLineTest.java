package org.edgaretl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.edgaretl.domain.ProcessedFile;
import org.junit.jupiter.api.Test;

/** A 50 MB single line is read in linear time: every regex works per line on a bounded head or window. */
class LongLineTest {

    @Test
    void aFiftyMegabyteLineIsProcessedWellWithinTheTimeLimit() {
        String line = "Item 2.01 Completion of Acquisition or Disposition of Assets. The company closed a deal. ";
        byte[] filing = (FilingPipelineTimeoutTest.HEADER + "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n"
                + line.repeat(50 * 1024 * 1024 / line.length()) + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
                .getBytes(StandardCharsets.US_ASCII);

        ProcessedFile processed = new FilingPipeline(Duration.ofSeconds(60)).process("one-line.txt", filing);

        assertThat(processed.isRejected()).as("%s", processed.reject()).isFalse();
        assertThat(processed.extracted().events()).extracting(e -> e.itemCode()).containsExactly("2.01");
    }
}
