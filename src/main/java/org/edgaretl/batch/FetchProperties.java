package org.edgaretl.batch;

import java.net.URI;
import java.time.Duration;

import org.edgaretl.fetch.FetchSettings;
import org.edgaretl.fetch.UserAgent;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings of the fetch job ({@code edgar.fetch.*} properties); the {@code fetch} command sets
 * the first three from its options and {@code EDGAR_ETL_USER_AGENT}.
 *
 * @param baseUrl        the server ({@code https://www.sec.gov}); a mirror or a test server may stand in
 * @param userAgent      the declared User-Agent, with a contact e-mail
 * @param rate           the most requests the server may see in any one-second window (default 5; at most 10
 *                       against sec.gov)
 * @param concurrency    requests in flight at once (default 2; at most rate - 1)
 * @param maxAttempts    attempts per file before the step fails naming the URL (default 6)
 * @param timeout        the most one index or filing request may take (default 60s)
 * @param feedTimeout    the same for a feed archive (default 30m)
 * @param initialBackoff first wait before a retry when the server gave no Retry-After (default 1s, doubling, with jitter)
 * @param maxWait        the longest wait between attempts; a longer Retry-After fails at once (default 2m)
 * @param chunkSize      files per chunk, one restart point (default 20)
 */
@ConfigurationProperties("edgar.fetch")
public record FetchProperties(String baseUrl, String userAgent, Integer rate, Integer concurrency, Integer maxAttempts,
                              Duration timeout, Duration feedTimeout, Duration initialBackoff, Duration maxWait,
                              Integer chunkSize) {

    public FetchProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? FetchSettings.SEC.toString() : baseUrl;
        rate = rate == null ? FetchSettings.DEFAULT_RATE : rate;
        concurrency = concurrency == null ? FetchSettings.DEFAULT_CONCURRENCY : concurrency;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        feedTimeout = feedTimeout == null ? Duration.ofMinutes(30) : feedTimeout;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
        maxWait = maxWait == null ? Duration.ofMinutes(2) : maxWait;
        chunkSize = chunkSize == null ? 20 : chunkSize;
        if (chunkSize < 1) {
            throw new IllegalArgumentException("edgar.fetch.chunk-size must be at least 1");
        }
    }

    /** The client settings; fails with the reason when the User-Agent, the URL or the rate cannot be used. */
    public FetchSettings settings() {
        return new FetchSettings(URI.create(baseUrl), new UserAgent(userAgent), rate, concurrency, maxAttempts,
                timeout, feedTimeout, initialBackoff, maxWait);
    }
}
