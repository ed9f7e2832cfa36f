package org.edgaretl.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Downloads files from EDGAR (or a mirror) under its fair-access rules: every request carries the declared
 * User-Agent and waits for its turn under the rate cap (Resilience4j {@link RateLimiter}); an answer of
 * 429, 500, 502, 503 or 504, a timeout, a reset connection, a body shorter than announced or a file that
 * fails its check is tried again after the server's {@code Retry-After} or an exponential backoff with
 * jitter (Resilience4j {@link Retry}), up to the attempts allowed; then the download fails naming the URL.
 * A file is written to a temporary name beside its target and renamed only when complete and checked.
 */
public final class EdgarClient {

    private final FetchSettings settings;
    private final HttpClient http;
    private final RateLimiter limiter;
    private final Object turn = new Object();
    private final java.util.concurrent.Semaphore inFlight;
    private final Retry retry;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong temporaries = new AtomicLong();

    public EdgarClient(FetchSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.inFlight = new java.util.concurrent.Semaphore(settings.inFlight(), true);
        Duration cycle = settings.cycle();
        // One permit per cycle, handed out only at a cycle's start (see awaitTurn): request starts are at least
        // a cycle apart; with the bound on requests in flight, no one-second window at the server holds more
        // than the rate (FetchSettings.cycle).
        this.limiter = RateLimiter.of("edgar", RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(cycle)
                .timeoutDuration(cycle.multipliedBy(3).plusSeconds(1))
                .build());
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                settings.initialBackoff(), 2.0, 0.5, settings.maxWait());
        this.retry = Retry.of("edgar", RetryConfig.<Attempt>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnResult(Attempt::retriable)
                .retryOnException(e -> false)
                .failAfterMaxAttempts(false)
                .intervalBiFunction((attempt, outcome) -> outcome.isRight() && outcome.get().retryAfter() != null
                        ? outcome.get().retryAfter().toMillis() : backoff.apply(attempt))
                .build());
        retry.getEventPublisher().onRetry(event -> retries.incrementAndGet());
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Requests sent so far, retries included. */
    public long requests() {
        return requests.get();
    }

    /** Attempts that were tries again after a failed one. */
    public long retries() {
        return retries.get();
    }

    /**
     * Downloads {@code BASE/Archives/PATH} to the target file: written to a temporary name beside it,
     * checked, synced and renamed over it.
     *
     * @param large a feed archive: the longer time limit applies
     * @return the file's size, or empty when the server has no such file (404)
     * @throws FetchException when every attempt failed, or the server refused in a way a retry cannot mend
     */
    public OptionalLong download(String path, Path target, Checks.Check check, boolean large)
            throws FetchException, InterruptedException {
        URI url = EdgarLayout.url(settings.baseUrl(), path);
        Duration timeout = large ? settings.feedTimeout() : settings.timeout();
        Attempt last;
        try {
            last = Retry.decorateCheckedSupplier(retry, () -> attempt(url, target, timeout, check)).get();
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            throw new FetchException("GET " + url + ": " + e, e);
        }
        if (last.notFound()) {
            return OptionalLong.empty();
        }
        if (last.bytes() < 0) {
            String attempts = last.retriable() ? ", after " + settings.maxAttempts() + " attempts" : "";
            throw new FetchException("GET " + url + ": " + last.problem() + attempts);
        }
        return OptionalLong.of(last.bytes());
    }

    private Attempt attempt(URI url, Path target, Duration timeout, Checks.Check check) throws InterruptedException {
        inFlight.acquire();
        try {
            awaitTurn();
            requests.incrementAndGet();
            return exchange(url, target, timeout, check);
        } finally {
            inFlight.release();
        }
    }

    private Attempt exchange(URI url, Path target, Duration timeout, Checks.Check check) throws InterruptedException {
        // A name of this attempt's own: a cancelled attempt's late bytes can never land in the next one's file.
        Path part = target.resolveSibling(target.getFileName() + ".part-" + temporaries.incrementAndGet());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", settings.userAgent().value())
                .header("Accept", "*/*")
                .GET()
                .build();
        CompletableFuture<HttpResponse<Path>> future = http.sendAsync(request, info -> {
            if (info.statusCode() != 200) {
                return BodySubscribers.replacing(null);
            }
            try {
                Files.createDirectories(part.getParent()); // only now: a 404 leaves no empty folders behind
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return BodySubscribers.ofFile(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        });
        try {
            HttpResponse<Path> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status == 200) {
                return complete(part, target, response.headers(), check);
            }
            if (status == 404 || status == 410) {
                return Attempt.NOT_FOUND;
            }
            String answer = "answered " + status + reason(status);
            Duration after = retryAfter(response.headers());
            if (after != null && after.compareTo(settings.maxWait()) > 0) {
                return Attempt.failed(answer + " asking to wait " + after.toSeconds() + " s (Retry-After), longer than "
                        + settings.maxWait().toSeconds() + " s (edgar.fetch.max-wait): try again later");
            }
            if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
                return Attempt.retry(answer, after);
            }
            return Attempt.failed(answer + (status == 403
                    ? " (EDGAR refuses requests without a declared User-Agent or above its rate limit)" : ""));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.retry("no complete answer within " + timeout.toSeconds() + " s", null);
        } catch (ExecutionException e) {
            return Attempt.retry(describe(e.getCause() == null ? e : e.getCause(), url), null);
        } finally {
            deleteQuietly(part);
        }
    }

    private static Attempt complete(Path part, Path target, HttpHeaders headers, Checks.Check check) {
        try {
            long size = Files.size(part);
            OptionalLong declared = headers.firstValueAsLong("Content-Length");
            if (declared.isPresent() && declared.getAsLong() != size) {
                return Attempt.retry("received " + size + " of the " + declared.getAsLong() + " bytes announced", null);
            }
            String problem = check.problem(part);
            if (problem != null) {
                return Attempt.retry(problem, null);
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Attempt.done(size);
        } catch (IOException e) {
            return Attempt.retry("cannot keep the download: " + e, null);
        }
    }

    /**
     * Waits for this request's turn. One thread at a time takes a permit; a permit left over from an idle
     * spell is taken first and left unused, so every request starts at a cycle's start: otherwise the
     * limiter would hand that permit late in one cycle and the next at the start of the following one, two
     * requests in much less than a cycle. (Resilience4j's drainPermissions does not serve: right after a
     * granted reservation it hands the reserved permit back.)
     */
    private void awaitTurn() throws InterruptedException {
        synchronized (turn) {
            if (limiter.getMetrics().getAvailablePermissions() > 0) {
                limiter.acquirePermission();
            }
            if (!limiter.acquirePermission()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while waiting for the rate limit");
                }
                throw new IllegalStateException("the rate limiter gave no permit within its timeout");
            }
        }
    }

    /** A failed exchange in words: the JDK's connect failures often carry no message of their own. */
    static String describe(Throwable failure, URI url) {
        String message = null;
        for (Throwable t = failure; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        String where = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return "cannot connect to " + where + " (" + (message != null ? message : t.getClass().getSimpleName()) + ")";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer from " + where + " in time (" + message + ")";
            }
        }
        return failure.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    /** {@code Retry-After}: seconds, or an HTTP date. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 403 -> " Forbidden";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary is never read (its name is no filing's) and the job's end sweeps it
        }
    }

    /** One attempt's outcome: the size kept, not found, or why it failed and whether to try again (and when). */
    record Attempt(long bytes, boolean notFound, String problem, boolean retriable, Duration retryAfter) {

        static final Attempt NOT_FOUND = new Attempt(-1, true, null, false, null);

        static Attempt done(long bytes) {
            return new Attempt(bytes, false, null, false, null);
        }

        static Attempt retry(String problem, Duration after) {
            return new Attempt(-1, false, problem, true, after);
        }

        static Attempt failed(String problem) {
            return new Attempt(-1, false, problem, false, null);
        }
    }
}
