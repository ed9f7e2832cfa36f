package org.edgaretl.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on 127.0.0.1 standing in for EDGAR in tests: serves files under {@code /Archives/}
 * (404 for anything else), records when each request arrived and with which User-Agent, and misbehaves on
 * request: a path can be given faults that its next requests meet in turn (429 with Retry-After, 503, a
 * slow answer, a truncated body, a reset connection). It can also hold every request after a number of
 * filings served, until released: a run is then certainly mid-fetch, whatever the machine's speed.
 */
public final class EdgarTestServer implements AutoCloseable {

    /** What the next request for a path meets instead of the file. */
    public enum Fault { TOO_MANY_REQUESTS, UNAVAILABLE, SLOW, TRUNCATED, RESET }

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "edgar-test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivalsByPath = new ConcurrentHashMap<>();
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> userAgents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger filingsServed = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private volatile int holdAfter = Integer.MAX_VALUE;
    private volatile long slowMillis = 3000;
    private volatile int retryAfterSeconds = 1;

    public EdgarTestServer() throws IOException {
        socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Serves the bytes at {@code /Archives/PATH}. */
    public void put(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    public void remove(String path) {
        files.remove(path);
    }

    /** The next requests for the path meet these faults, one each, in order; then the file is served. */
    public void fault(String path, Fault... next) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(next));
    }

    public void slowMillis(long millis) {
        slowMillis = millis;
    }

    public void retryAfterSeconds(int seconds) {
        retryAfterSeconds = seconds;
    }

    /** After this many filings served, every further request waits until {@link #release()}. */
    public void holdAfter(int filings) {
        holdAfter = filings;
    }

    /** Waits until a request is being held. */
    public boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        holdAfter = Integer.MAX_VALUE;
        released.countDown();
    }

    /** Filings answered in full so far. */
    public int filingsServed() {
        return filingsServed.get();
    }

    public int requests() {
        return arrivals.size();
    }

    public int requests(String path) {
        return arrivalsByPath.getOrDefault(path, List.of()).size();
    }

    /** Arrival times (System.nanoTime) of the requests for a path. */
    public List<Long> arrivals(String path) {
        return List.copyOf(arrivalsByPath.getOrDefault(path, List.of()));
    }

    public Set<String> userAgents() {
        return Set.copyOf(userAgents);
    }

    /** The most requests that arrived within any one-second window ([t, t + 1 s) from each arrival t). */
    public int maxPerSecond() {
        List<Long> times;
        synchronized (arrivals) {
            times = new ArrayList<>(arrivals);
        }
        Collections.sort(times);
        int max = 0;
        int end = 0;
        for (int start = 0; start < times.size(); start++) {
            while (end < times.size() && times.get(end) - times.get(start) < 1_000_000_000L) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                pool.execute(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head == null) {
                    return;
                }
                long now = System.nanoTime();
                String[] requestLine = head.get(0).split(" ");
                String target = requestLine.length > 1 ? requestLine[1] : "/";
                String path = target.startsWith("/Archives/") ? target.substring("/Archives/".length()) : null;
                arrivals.add(now);
                if (path != null) {
                    arrivalsByPath.computeIfAbsent(path, p -> Collections.synchronizedList(new ArrayList<>())).add(now);
                }
                for (String h : head) {
                    if (h.toLowerCase(Locale.ROOT).startsWith("user-agent:")) {
                        userAgents.add(h.substring("user-agent:".length()).strip());
                    }
                }
                if (filingsServed.get() >= holdAfter) {
                    holding.countDown();
                    released.await();
                }
                if (!respond(path, connection, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    /** Answers one request; false when the connection was closed on purpose. */
    private boolean respond(String path, Socket connection, OutputStream out) throws IOException, InterruptedException {
        Deque<Fault> pending = path == null ? null : faults.get(path);
        Fault fault;
        synchronized (this) {
            fault = pending == null ? null : pending.poll();
        }
        byte[] body = path == null ? null : files.get(path);
        if (fault == Fault.TOO_MANY_REQUESTS) {
            send(out, "429 Too Many Requests", "Retry-After: " + retryAfterSeconds + "\r\n", new byte[0]);
            return true;
        }
        if (fault == Fault.UNAVAILABLE) {
            send(out, "503 Service Unavailable", "", new byte[0]);
            return true;
        }
        if (fault == Fault.RESET) {
            connection.setSoLinger(true, 0);
            connection.close();
            return false;
        }
        if (fault == Fault.SLOW) {
            Thread.sleep(slowMillis);
        }
        if (body == null) {
            send(out, "404 Not Found", "", "not found".getBytes(StandardCharsets.US_ASCII));
            return true;
        }
        if (fault == Fault.TRUNCATED) {
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            connection.close();
            return false;
        }
        send(out, "200 OK", "", body);
        if (path.startsWith("edgar/data/")) {
            filingsServed.incrementAndGet();
        }
        return true;
    }

    private static void send(OutputStream out, String status, String headers, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + body.length + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** The request line and headers, or null at the end of the connection. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    if (lines.isEmpty()) {
                        continue;
                    }
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        release();
        socket.close();
        pool.shutdownNow();
    }
}
