package org.edgaretl.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The {@code --db} options shared by the commands that open the store: a JDBC URL (H2 file or PostgreSQL)
 * for both the job repository and the output tables. Without them the {@code spring.datasource.*}
 * properties apply (by default an H2 file database under {@code data/}).
 */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "database for the job repository and the rows, e.g. jdbc:postgresql://127.0.0.1:5432/test")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: sa for H2, postgres for PostgreSQL)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "database password (default: empty)",
            arity = "0..1", interactive = false)
    String password;

    /** Spring properties that point the application at the chosen database. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (url != null) {
            properties.put("spring.datasource.url", url);
            String defaultUser = url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
            properties.put("spring.datasource.username", user != null ? user : defaultUser);
            properties.put("spring.datasource.password", password != null ? password : "");
        } else {
            if (user != null) {
                properties.put("spring.datasource.username", user);
            }
            if (password != null) {
                properties.put("spring.datasource.password", password);
            }
        }
        return properties;
    }
}
