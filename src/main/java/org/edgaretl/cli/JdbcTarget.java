package org.edgaretl.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database a command connects to, as an operator names it: host and port (PostgreSQL) or file (H2), and
 * the one-line account of why a connection to it failed, with the way out, instead of the driver's chain.
 *
 * @param url   the JDBC URL
 * @param host  the server host, or {@code null} for an embedded database
 * @param port  the server port ({@code 5432} when the URL names none)
 * @param name  the database name, or the H2 file
 */
public record JdbcTarget(String url, String host, int port, String name) {

    /** Parses {@code jdbc:postgresql://HOST[:PORT][,…]/DB[?…]}; any other URL is kept whole as the name. */
    public static JdbcTarget of(String url) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            return new JdbcTarget(url, null, 0, url.startsWith("jdbc:h2:") ? StoreLocation.describe(url) : url);
        }
        String rest = url.substring(prefix.length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : rest.substring(slash + 1);
        int query = database.indexOf('?');
        database = query < 0 ? database : database.substring(0, query);
        String first = authority.split(",")[0];
        String host = first;
        int port = 5432;
        int colon = first.lastIndexOf(':');
        if (colon > 0 && !first.endsWith("]")) {
            host = first.substring(0, colon);
            try {
                port = Integer.parseInt(first.substring(colon + 1));
            } catch (NumberFormatException e) {
                host = first;
            }
        }
        return new JdbcTarget(url, host.isEmpty() ? "localhost" : host, port, database);
    }

    /** {@code host:port/database} for a server, the file for H2. */
    public String where() {
        return host == null ? name : host + ":" + port + "/" + name;
    }

    /**
     * One line for a failure to open this database, when the failure is one an operator can mend (server
     * down, unknown host, wrong credentials, missing database, H2 file in use); empty for anything else.
     */
    public Optional<String> explain(Throwable failure) {
        String kind = host == null ? "the store" : "PostgreSQL at " + host + ":" + port;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return Optional.of("cannot connect to " + kind + " (" + lowerFirst(t.getMessage(), "connection refused")
                        + "): start the server there or correct --db " + url);
            }
            if (t instanceof UnknownHostException) {
                return Optional.of("cannot connect to " + kind + ": unknown host " + host + "; correct --db " + url);
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of("cannot connect to " + kind + ": no answer in time; check the server and the network,"
                        + " or correct --db " + url);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    return Optional.of("PostgreSQL at " + host + ":" + port + " refused the login: " + firstLine(sql.getMessage())
                            + "; set --db-user/--db-password");
                }
                if (state.equals("3D000")) {
                    return Optional.of("PostgreSQL at " + host + ":" + port + " has no database " + name
                            + ": create it (createdb " + name + ") or correct --db " + url);
                }
                if (sql.getErrorCode() == 90020) { // H2: DATABASE_ALREADY_OPEN
                    return Optional.of(name + " is in use by another edgar-etl process (an H2 file opens in one process"
                            + " at a time): wait for it to end, or share a PostgreSQL store (--db) between processes");
                }
            }
        }
        return Optional.empty();
    }

    private static String lowerFirst(String message, String fallback) {
        String m = message == null || message.isBlank() ? fallback : firstLine(message);
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
