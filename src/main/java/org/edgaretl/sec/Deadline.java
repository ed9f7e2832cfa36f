package org.edgaretl.sec;

import org.edgaretl.domain.RejectReason;
import java.time.Duration;

/**
 * The time limit of the filing being processed on the current thread. Long text scans call {@link #check()}
 * once per line, node or match candidate, and a regex over a large input can read it through
 * {@link #guard(CharSequence)}, so that a runaway input ends as a {@code timeout} reject instead of holding
 * the run. Without an active deadline
 * (unit tests, tools) every call is a no-op.
 */
public final class Deadline implements AutoCloseable {

    /** Inputs shorter than this are scanned without the guarding wrapper: they finish quickly anyway. */
    static final int GUARD_MIN_LENGTH = 1 << 16;
    /** The clock is read once per this many checks; a check is then a thread-local read and an increment. */
    private static final int CLOCK_EVERY = 64;

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final String subject;
    private final Duration limit;
    private final long endNanos;
    private final Deadline previous;
    private int calls;

    private Deadline(String subject, Duration limit, Deadline previous) {
        this.subject = subject;
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
        this.previous = previous;
    }

    /** Starts the limit for {@code subject} (a file name for the message) on this thread until {@link #close()}. */
    public static Deadline start(String subject, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive: " + limit);
        }
        Deadline deadline = new Deadline(subject, limit, CURRENT.get());
        CURRENT.set(deadline);
        return deadline;
    }

    /** Throws a {@code timeout} {@link ParseException} when the current thread's deadline has passed. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null && ++d.calls % CLOCK_EVERY == 0) {
            d.checkClock();
        }
    }

    /** The current thread's deadline, or {@code null}: a loop over many small items reads the thread-local once. */
    static Deadline current() {
        return CURRENT.get();
    }

    /** {@link #check()} on a deadline already looked up with {@link #current()}: the same count and clock reads. */
    void tick() {
        if (++calls % CLOCK_EVERY == 0) {
            checkClock();
        }
    }

    /** Like {@link #check()} but reading the clock every time: for calls that each stand for much work. */
    static void checkNow() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.checkClock();
        }
    }

    /** The text itself when it is short or no deadline is active, else a view whose reads check the deadline. */
    public static CharSequence guard(CharSequence text) {
        Deadline d = CURRENT.get();
        return d == null || text.length() < GUARD_MIN_LENGTH ? text : new Guarded(text, d);
    }

    void checkClock() {
        if (System.nanoTime() - endNanos > 0) {
            throw new ParseException(RejectReason.TIMEOUT, subject + ": processing took longer than the limit of "
                    + limit.toMillis() + " ms (edgar.filing-timeout)");
        }
    }

    @Override
    public void close() {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** A read-only view of a text that checks the deadline every few thousand character reads. */
    private static final class Guarded implements CharSequence {
        private static final int CHARS_EVERY = 4096;
        private final CharSequence text;
        private final Deadline deadline;
        private int reads;

        Guarded(CharSequence text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHARS_EVERY == 0) {
                deadline.checkClock();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
