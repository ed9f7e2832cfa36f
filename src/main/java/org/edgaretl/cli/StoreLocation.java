package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the default store (the embedded H2 database of the job repository and the rows) lives, whatever
 * directory a command runs in: {@code $EDGAR_ETL_HOME} when set, else the per-user data directory
 * ({@code $XDG_DATA_HOME/edgar-etl}, by default {@code ~/.local/share/edgar-etl}). A store that an older
 * version left in {@code ./data} of the working directory is used where it is, with a notice that says how
 * to give it its one home, so that upgrading never hides a store's history.
 *
 * @param home   the directory that holds {@code edgar-etl.mv.db}
 * @param notice a one-line notice for the operator, when the store is not in its documented place
 */
public record StoreLocation(Path home, Optional<String> notice) {

    /** The environment variable that names the store's directory. */
    public static final String HOME_VARIABLE = "EDGAR_ETL_HOME";
    static final String DATABASE_NAME = "edgar-etl";
    static final String FILE_NAME = DATABASE_NAME + ".mv.db";

    /** The default store of a process: its environment, working directory and user home. */
    public static StoreLocation current() {
        return resolve(System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }

    static StoreLocation resolve(Map<String, String> environment, Path workingDirectory, Path userHome) {
        String configured = environment.get(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new StoreLocation(workingDirectory.resolve(configured).normalize(), Optional.empty());
        }
        Path perUser = perUserHome(environment, userHome);
        Path legacy = workingDirectory.resolve("data");
        if (Files.isRegularFile(legacy.resolve(FILE_NAME)) && !legacy.equals(perUser)) {
            return new StoreLocation(legacy, Optional.of("using the store that an older edgar-etl left in "
                    + legacy.resolve(FILE_NAME) + "; to use it from every directory, set " + HOME_VARIABLE + "="
                    + legacy + " or move it to " + perUser + "/"));
        }
        return new StoreLocation(perUser, Optional.empty());
    }

    private static Path perUserHome(Map<String, String> environment, Path userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".local/share");
        return data.resolve(DATABASE_NAME);
    }

    /** The JDBC URL of the H2 file database in this home. */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + home.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * How an operator recognizes a store: the H2 file, or the server and database (never a password).
     *
     * @param jdbcUrl the store's JDBC URL
     */
    public static String describe(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            String path = jdbcUrl.substring("jdbc:h2:file:".length());
            int options = path.indexOf(';');
            return "H2 " + (options < 0 ? path : path.substring(0, options)) + ".mv.db";
        }
        if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return "H2 in memory (" + jdbcUrl + ")";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL " + JdbcTarget.of(jdbcUrl).where();
        }
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
