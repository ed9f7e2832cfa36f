package org.edgaretl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.edgaretl.domain.ProcessedFile;
import org.junit.jupiter.api.Test;

/** A filing that would take far longer than the limit is rejected as {@code timeout}, soon after the limit. */
class FilingPipelineTimeoutTest {

    static final String HEADER = """
            <SEC-DOCUMENT>0000914260-10-000037.txt : 20100301
            <SEC-HEADER>0000914260-10-000037.hdr.sgml : 20100301
            ACCESSION NUMBER:		0000914260-10-000037
            CONFORMED SUBMISSION TYPE:	8-K
            PUBLIC DOCUMENT COUNT:		1
            FILED AS OF DATE:		20100301
            </SEC-HEADER>
            """;

    /** An 8-K whose body is nothing but item headings: every line is a heading to scan, several times over. */
    static byte[] headingStorm(int lines) {
        String body = "Item 2.01 Completion of Acquisition or Disposition of Assets\n".repeat(lines);
        return (HEADER + "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n" + body + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aFilingOverTheLimitIsRejectedAsTimeoutAndTheNextOneIsProcessed() {
        FilingPipeline pipeline = new FilingPipeline(Duration.ofMillis(300));
        long start = System.nanoTime();
        ProcessedFile slow = pipeline.process("storm.txt", headingStorm(400_000));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(slow.isRejected()).isTrue();
        assertThat(slow.reject().reason().code()).isEqualTo("timeout");
        assertThat(slow.reject().message()).startsWith("storm.txt: ").contains("300 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(10));

        ProcessedFile next = pipeline.process("small.txt", headingStorm(3));
        assertThat(next.isRejected()).as("%s", next.reject()).isFalse();
        assertThat(next.extracted().events()).extracting(e -> e.itemCode()).containsExactly("2.01");
    }
}
