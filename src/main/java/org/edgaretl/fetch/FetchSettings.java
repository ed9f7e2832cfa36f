package org.edgaretl.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the client talks to EDGAR (or a mirror).
 *
 * @param baseUrl        the server, {@code https://www.sec.gov} by default; a mirror or a test server may stand in
 * @param userAgent      the declared User-Agent with a contact e-mail
 * @param rate           the most requests the server may see in any one-second window, at least 2; at most 10
 *                       against sec.gov. Requests start one per cycle of 1/(rate - in flight) s, so that even
 *                       when every request in flight arrives late, together with those started in the window
 * @param concurrency    requests in flight at once, at most rate - 1 (see {@link #inFlight()})
 * @param maxAttempts    attempts per file, the first included, before the step fails naming the URL
 * @param timeout        the most one request may take for an index or a filing, headers and body
 * @param feedTimeout    the same for a day's feed archive (hundreds of MB)
 * @param initialBackoff the wait before the first retry when the server gave no Retry-After; doubles, with jitter
 * @param maxWait        the longest wait between attempts: a longer Retry-After fails at once, saying so
 */
public record FetchSettings(URI baseUrl, UserAgent userAgent, int rate, int concurrency, int maxAttempts,
                            Duration timeout, Duration feedTimeout, Duration initialBackoff, Duration maxWait) {

    public static final URI SEC = URI.create("https://www.sec.gov");
    /** EDGAR's fair-access limit: no more than 10 requests per second. */
    public static final int SEC_MAX_RATE = 10;
    public static final int DEFAULT_RATE = 5;
    public static final int DEFAULT_CONCURRENCY = 2;

    public FetchSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be http(s)://host[:port][/path]: " + baseUrl);
        }
        if (rate < 2) {
            throw new IllegalArgumentException("the request rate must be at least 2 per second: " + rate);
        }
        if (rate > SEC_MAX_RATE && isSec(baseUrl)) {
            throw new IllegalArgumentException("EDGAR's fair-access rules allow at most 10 requests per second to "
                    + baseUrl.getHost() + ", not " + rate + " (a higher rate is only for a mirror given with --base-url)");
        }
        if (concurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("concurrency and attempts must be at least 1");
        }
        for (Duration d : new Duration[] {timeout, feedTimeout, initialBackoff, maxWait}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("fetch timeouts and waits must be positive");
            }
        }
    }

    /** The defaults, for the given server and User-Agent. */
    public static FetchSettings of(URI baseUrl, UserAgent userAgent) {
        return new FetchSettings(baseUrl, userAgent, DEFAULT_RATE, DEFAULT_CONCURRENCY, 6, Duration.ofSeconds(60),
                Duration.ofMinutes(30), Duration.ofSeconds(1), Duration.ofMinutes(2));
    }

    /** Requests in flight at once: the concurrency asked for, but always leaving at least one start per second. */
    public int inFlight() {
        return Math.min(concurrency, rate - 1);
    }

    /**
     * The time between two request starts. A one-second window at the server holds the requests started in
     * it (at most 1/cycle of them) and those started before it that arrive late (at most {@link #inFlight()}):
     * never more than {@link #rate()} in all, however late any of them is.
     */
    public Duration cycle() {
        long starts = rate - inFlight();
        return Duration.ofNanos((1_000_000_000L + starts - 1) / starts);
    }

    public FetchSettings withRate(int perSecond) {
        return new FetchSettings(baseUrl, userAgent, perSecond, concurrency, maxAttempts, timeout, feedTimeout,
                initialBackoff, maxWait);
    }

    static boolean isSec(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.equals("sec.gov") || host.endsWith(".sec.gov");
    }
}
