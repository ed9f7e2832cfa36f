package org.edgaretl.cli;

import java.util.Map;

/**
 * {@code --debug}: stack traces and Spring's start-up and failure reports on stderr. Without it, a failure is
 * one line that names the object and the way out, and log lines carry an exception's messages, not its frames.
 */
final class Debug {

    private static volatile boolean enabled;

    private Debug() {
    }

    static void enable(boolean on) {
        enabled = on;
    }

    static boolean enabled() {
        return enabled;
    }

    /** What {@code --debug} changes in the logging set up by {@code application.properties}. */
    static Map<String, Object> springProperties() {
        if (!enabled) {
            return Map.of();
        }
        return Map.of(
                "logging.pattern.console", "%d{HH:mm:ss.SSS} %-5level [%t] %logger{36}: %m%n%wEx",
                "logging.level.org.edgaretl", "DEBUG",
                "logging.level.org.springframework.boot.SpringApplication", "INFO",
                "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "DEBUG",
                "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "WARN",
                "spring.main.log-startup-info", "true");
    }
}
