package org.edgaretl.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension for tests against the real PostgreSQL ({@code EDGAR_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}): gives the test class a scratch
 * database of its own, dropped afterwards. When PostgreSQL cannot be reached the tests are skipped with the
 * reason, except under {@code CI=true}, where that is a failure: CI must not pass by skipping.
 * Register it as a static field: {@code @RegisterExtension static PostgresAvailable pg = new PostgresAvailable("name")}.
 */
public final class PostgresAvailable implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private static final String ADMIN_URL = env("EDGAR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("EDGAR_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("EDGAR_TEST_PG_PASSWORD", "");
    private static String unreachable;
    private static boolean probed;

    private final String database;

    public PostgresAvailable(String prefix) {
        this.database = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = probe();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + ADMIN_URL);
        }
        String message = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + problem + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; CI=true, so this is a failure, not a skip");
        }
        return ConditionEvaluationResult.disabled(message + "; skipping (start it with .ci/run, or set EDGAR_TEST_PG_URL)");
    }

    private static synchronized String probe() {
        if (!probed) {
            probed = true;
            DriverManager.setLoginTimeout(5);
            try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
                unreachable = null;
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        return unreachable;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        admin("CREATE DATABASE " + database);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** The JDBC URL of this test class's scratch database. */
    public String url() {
        int slash = ADMIN_URL.lastIndexOf('/');
        int query = ADMIN_URL.indexOf('?', slash);
        return ADMIN_URL.substring(0, slash + 1) + database + (query < 0 ? "" : ADMIN_URL.substring(query));
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
