package org.edgaretl.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    /** Exponential backtracking on a run of a's without the final b: hours of work without a deadline. */
    private static final Pattern CATASTROPHIC = Pattern.compile("(a+)+b");

    @Test
    void withoutADeadlineChecksAreNoOpsAndTextIsNotWrapped() {
        String text = "a".repeat(Deadline.GUARD_MIN_LENGTH * 2);
        assertThat(Deadline.guard(text)).isSameAs(text);
        for (int i = 0; i < 10_000; i++) {
            Deadline.check();
        }
    }

    @Test
    void shortTextIsNotWrappedEvenUnderADeadline() {
        try (Deadline ignored = Deadline.start("short.txt", Duration.ofSeconds(5))) {
            String text = "a".repeat(100);
            assertThat(Deadline.guard(text)).isSameAs(text);
        }
    }

    @Test
    void aRunawayRegexOverGuardedTextEndsAsATimeout() {
        String hostile = "a".repeat(Deadline.GUARD_MIN_LENGTH) + "c";
        long start = System.nanoTime();
        try (Deadline ignored = Deadline.start("hostile.txt", Duration.ofMillis(200))) {
            assertThatThrownBy(() -> CATASTROPHIC.matcher(Deadline.guard(hostile)).find())
                    .isInstanceOf(ParseException.class)
                    .hasMessageContaining("hostile.txt")
                    .hasMessageContaining("edgar.filing-timeout")
                    .satisfies(e -> assertThat(((ParseException) e).reason().code()).isEqualTo("timeout"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLineLoopEndsAsATimeoutAndTheDeadlineIsGoneAfterClose() throws Exception {
        try (Deadline ignored = Deadline.start("loop.txt", Duration.ofMillis(50))) {
            Thread.sleep(60);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    Deadline.check();
                }
            }).isInstanceOf(ParseException.class);
        }
        for (int i = 0; i < 1_000; i++) {
            Deadline.check();
        }
    }

    @Test
    void anInnerDeadlineRestoresTheOuterOne() throws Exception {
        try (Deadline outer = Deadline.start("outer.txt", Duration.ofMillis(50))) {
            try (Deadline inner = Deadline.start("inner.txt", Duration.ofHours(1))) {
                Thread.sleep(60);
                for (int i = 0; i < 1_000; i++) {
                    Deadline.check();
                }
            }
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    Deadline.check();
                }
            }).hasMessageContaining("outer.txt");
        }
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> Deadline.start("x", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
