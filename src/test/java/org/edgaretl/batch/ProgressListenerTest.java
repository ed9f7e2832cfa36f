package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    @Test
    void theLineGivesDoneOverTotalRateAndEta() {
        // 50 of 200 done, 50 of them in this run, in 10 s: 5 files/s, 150 left -> 30 s
        assertThat(ProgressListener.line(50, 200, 50, 10_000_000_000L))
                .isEqualTo("progress: 50/200 files (25%), 5.0 files/s, ETA 0:00:30");
    }

    @Test
    void aRunThatHasReadNothingYetHasNoEta() {
        assertThat(ProgressListener.line(0, 10, 0, 1_000_000L)).endsWith("ETA ?");
    }
}
