package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.edgaretl.io.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Remote partitioning with the real jar: a manager ({@code ingest --workers remote}) and two worker JVMs
 * sharing a PostgreSQL job repository over RabbitMQ. One worker is killed in the middle of a partition: that
 * partition ends FAILED and so does the run; the same command again completes it, and the outputs equal
 * those of a single-process run byte for byte. Needs RabbitMQ (127.0.0.1:5672, guest) and PostgreSQL
 * (127.0.0.1:5432, user postgres, trust): skipped when they are down, except on CI ({@code CI=true}).
 */
class RemotePartitioningIntegrationTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int COPIES = 300;
    private static final String WORKER_1 = "edgar-worker-1";

    @TempDir
    Path tmp;

    @Test
    void aKilledWorkersPartitionFailsAndARestartCompletesItToTheSingleProcessOutput() throws Exception {
        requireService("RabbitMQ", 5672);
        requireService("PostgreSQL", 5432);
        Path input = tmp.resolve("input");
        writeInput(input);
        String queue = "edgar-test-" + System.nanoTime();
        String database = "edgar_remote_" + System.nanoTime();
        List<Process> workers = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        try {
            Path single = Files.createDirectories(tmp.resolve("single"));
            assertThat(JarProcess.run(single, tmp.resolve("single.log"), List.of(
                    "-Dspring.datasource.url=jdbc:h2:file:" + single.resolve("db/edgar"), "-Dedgar.chunk-size=1"), 300,
                    "ingest", "--input", input.toString(), "--output", "out", "--partitions", "1"))
                    .as(Files.readString(tmp.resolve("single.log"))).isZero();

            List<String> options = List.of("-Dedgar.remote-queue=" + queue, "-Dedgar.chunk-size=1",
                    "-Dedgar.remote-poll-ms=200");
            String[] db = {"--db", PG + database};
            // One after the other: the first creates the schemas, so the second does not race it. Each worker
            // names its connections, so the test can see in pg_stat_activity what each one is waiting for.
            workers.add(startWorker(tmp.resolve("worker-1.log"), options, "--db", PG + database + "?ApplicationName=" + WORKER_1));
            workers.add(startWorker(tmp.resolve("worker-2.log"), options, "--db", PG + database + "?ApplicationName=edgar-worker-2"));

            Path managerDir = Files.createDirectories(tmp.resolve("manager"));
            String[] ingest = concat(new String[] {"ingest", "--workers", "remote", "--input", input.toString(),
                    "--output", "out", "--partitions", "6"}, db);
            Process manager;
            // The kill must land inside a partition whatever the machine's load: once worker 1 runs a partition,
            // the test locks the filings table against writers, so that partition cannot finish; worker 1's
            // next chunk then waits on the lock, which PostgreSQL reports; that report is the signal to kill it.
            try (Connection lock = DriverManager.getConnection(PG + database, "postgres", "")) {
                manager = JarProcess.start(managerDir, tmp.resolve("manager-1.log"), options, ingest);
                awaitLog(tmp.resolve("worker-1.log"), "running ingestPartitionStep:partition", 180);
                lock.setAutoCommit(false);
                lock.createStatement().execute("LOCK TABLE filings IN SHARE MODE");
                awaitLockWait(database, WORKER_1, 180);
                workers.get(0).destroyForcibly().waitFor();
                lock.rollback();
            }
            assertThat(manager.waitFor(240, TimeUnit.SECONDS)).as("the manager ends once the partition is failed").isTrue();
            assertThat(manager.exitValue()).as(Files.readString(tmp.resolve("manager-1.log"))).isEqualTo(ExitCodes.JOB_FAILED);
            assertThat(Files.readString(tmp.resolve("worker-2.log"))).contains("by a worker that stopped");

            int exit = JarProcess.run(managerDir, tmp.resolve("manager-2.log"), options, 240, ingest);

            String log = Files.readString(tmp.resolve("manager-2.log"));
            assertThat(exit).as(log).isZero();
            assertThat(log).contains("resuming ingest execution");
            for (Table table : Table.values()) {
                assertThat(managerDir.resolve("out").resolve(table.fileName())).as(table.fileName())
                        .hasSameBinaryContentAs(single.resolve("out").resolve(table.fileName()));
            }
            try (Connection c = DriverManager.getConnection(PG + database, "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM filings")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(csvRecords(single.resolve("out/filings.csv")));
            }
        } finally {
            for (Process worker : workers) {
                worker.destroyForcibly().waitFor();
            }
            deleteQueue(queue);
            try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private Process startWorker(Path log, List<String> options, String... db) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(log.getFileName().toString().replace(".log", "")));
        Process worker = JarProcess.start(dir, log, options, concat(new String[] {"worker", "--threads", "1"}, db));
        awaitLog(log, "worker ready", 180);
        return worker;
    }

    /** Waits until a connection of the named application waits on a lock (PostgreSQL's wait event, not a timer). */
    private static void awaitLockWait(String database, String application, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        // its own connection in autocommit: within one transaction PostgreSQL keeps showing the first snapshot
        try (Connection c = DriverManager.getConnection(PG + database, "postgres", "");
             var query = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? "
                + "AND application_name = ? AND wait_event_type = 'Lock'")) {
            query.setString(1, database);
            query.setString(2, application);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError(application + " did not wait on the filings lock within " + seconds + " s");
    }

    private static void awaitLog(Path log, String text, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not appear in " + log + " within " + seconds + " s: "
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    /** Skips when a service is down on a developer machine; fails on CI, where it must be up. */
    private static void requireService(String name, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        } catch (IOException e) {
            String message = name + " is not reachable on 127.0.0.1:" + port + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; CI must provide it (.ci/run starts it)");
            }
            Assumptions.abort(message + "; skipping the remote partitioning test");
        }
    }

    /** The test corpus once, and distinct copies of the seed filing, so there are enough files to kill a worker midway. */
    private static void writeInput(Path input) throws Exception {
        Path corpus = Path.of(RemotePartitioningIntegrationTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = input.resolve(corpus.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        SeedCopies.write(input.resolve("copies"), COPIES);
    }

    private static long csvRecords(Path csv) throws IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            return parser.stream().count();
        }
    }

    private static void deleteQueue(String queue) {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(factory).deleteQueue(queue);
        } catch (RuntimeException e) {
            // the broker went away: nothing to clean up there
        } finally {
            factory.destroy();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
