package org.edgaretl.cli;

import java.util.Iterator;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Moves Spring Boot's console log appender from stdout to stderr once Boot has configured logging, so stdout
 * carries only what the operator reads (progress, the store, the run summary as the last line) and logs go
 * with the errors. Boot has no property for the console's stream; the appender keeps its pattern or its
 * structured format ({@code logging.structured.format.console=ecs}).
 */
final class StderrConsole implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        retarget();
    }

    /**
     * Points every console appender of the root logger at stderr: Boot's {@code CONSOLE}, or logback's default
     * one in the commands that run without Spring ({@code load}).
     */
    static void retarget() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
                if (it.next() instanceof ConsoleAppender<ILoggingEvent> appender && !"System.err".equals(appender.getTarget())) {
                    appender.stop();
                    appender.setTarget("System.err");
                    appender.start();
                }
            }
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
