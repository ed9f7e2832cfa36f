package org.edgaretl.cli;

import java.util.Map;

import org.edgaretl.EdgarEtlApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command, with the command's database options as default properties. */
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
        Map<String, Object> properties = new java.util.LinkedHashMap<>(database.springProperties());
        properties.putAll(more);
        // Command-line choices beat application.properties, but -D system properties still beat both.
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addAfter("systemProperties", new org.springframework.core.env.MapPropertySource("edgar-cli", properties)));
        return application.run();
    }
}
