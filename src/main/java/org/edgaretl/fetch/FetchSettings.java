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
 * @param rate           requests per second at most (in any one-second window); at most 10 against sec.gov
 * @param concurrency    requests in flight at once (each still waits for its turn under the rate)
 * @param maxAttempts    attempts per file, the first included, before the step fails naming the URL
 * @param timeout        the most one request may take for an index or a filing, headers and body
 * @param feedTimeout    the same for a day's feed archive (hundreds of MB)
 * @param initialBackoff the wait before the first retry when the server gave no Retry-After; doubles, with jitter
 * @param maxWait        the longest wait between attempts: a longer Retry-After fails at once, saying so
 */
public record FetchSettings(URI baseUrl, UserAgent userAgent, double rate, int concurrency, int maxAttempts,
                            Duration timeout, Duration feedTimeout, Duration initialBackoff, Duration maxWait) {

    public static final URI SEC = URI.create("https://www.sec.gov");
    /** EDGAR's fair-access limit: no more than 10 requests per second. */
    public static final double SEC_MAX_RATE = 10;
    public static final double DEFAULT_RATE = 5;

    public FetchSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be http(s)://host[:port][/path]: " + baseUrl);
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("the request rate must be positive: " + rate);
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
        return new FetchSettings(baseUrl, userAgent, DEFAULT_RATE, 4, 6, Duration.ofSeconds(60),
                Duration.ofMinutes(30), Duration.ofSeconds(1), Duration.ofMinutes(2));
    }

    public FetchSettings withRate(double perSecond) {
        return new FetchSettings(baseUrl, userAgent, perSecond, concurrency, maxAttempts, timeout, feedTimeout,
                initialBackoff, maxWait);
    }

    static boolean isSec(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.equals("sec.gov") || host.endsWith(".sec.gov");
    }
}
