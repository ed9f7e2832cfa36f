package org.edgaretl.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.edgaretl.EdgarEtlApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the Spring application for a command: with the command's choices (database, threads, --debug) as
 * properties, the default store in its home ({@link StoreLocation}) when no database is configured, the
 * store named on stdout, logs on stderr, and a failure to start put into one line naming the database.
 */
public final class SpringContexts {

    private SpringContexts() {
    }

    public static ConfigurableApplicationContext start(DatabaseOptions database) {
        return start(database, Map.of());
    }

    /** @param more further properties chosen on the command line (for example {@code edgar.threads}) */
    public static ConfigurableApplicationContext start(DatabaseOptions database, Map<String, Object> more) {
        SpringApplication application = new SpringApplication(EdgarEtlApplication.class);
        // The commands close the context themselves; on SIGTERM, GracefulStop first lets the job stop cleanly.
        application.setRegisterShutdownHook(false);
        Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
        properties.putAll(more);
        properties.putAll(Debug.springProperties());
        CommandEnvironment environment = new CommandEnvironment(properties);
        application.addListeners(environment, new StderrConsole());
        try {
            return application.run();
        } catch (RuntimeException e) {
            String url = environment.url == null ? "" : environment.url;
            String line = JdbcTarget.of(url).explain(e)
                    .orElseGet(() -> "cannot start with the store " + StoreLocation.describe(url) + ": "
                            + EdgarEtlCommand.oneLine(e));
            throw new CommandFailure(line, ExitCodes.CANNOT_START, e);
        }
    }

    /**
     * Adds the command's properties before logging is configured (so {@code --debug} reaches it), fills in
     * the default store when nothing names one, and says which store the command uses.
     */
    private static final class CommandEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        private final Map<String, Object> properties;
        private String url;

        CommandEnvironment(Map<String, Object> properties) {
            this.properties = properties;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            // Command-line choices beat application.properties, but -D system properties still beat both.
            environment.getPropertySources().addAfter("systemProperties", new MapPropertySource("edgar-cli", properties));
            url = environment.getProperty("spring.datasource.url");
            if (url == null) {
                StoreLocation store = StoreLocation.current();
                store.notice().ifPresent(notice -> System.err.println("edgar-etl: " + notice));
                url = store.jdbcUrl();
                environment.getPropertySources().addLast(new MapPropertySource("edgar-store",
                        Map.of("spring.datasource.url", url)));
            }
            System.out.println("store: " + StoreLocation.describe(url));
        }

        @Override
        public int getOrder() {
            // after application.properties is read (EnvironmentPostProcessorApplicationListener), before logging
            return Ordered.HIGHEST_PRECEDENCE + 11;
        }
    }
}
