package org.edgaretl.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that spread an ingest run over threads and processes: {@code --threads}, {@code --partitions}
 * and {@code --workers}, turned into the {@code edgar.*} properties of the run.
 */
public final class ScaleOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N",
            description = "partitions run at once in this process (default: edgar.threads, else the number of cores)")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N",
            description = "file ranges a new run's input is cut into (default: edgar.partitions, else 4 per thread);"
                    + " a restart keeps the first run's")
    Integer partitions;

    @Option(names = "--workers", paramLabel = "local|remote",
            description = "local: partitions run on this process's threads (default); remote: worker processes"
                    + " started with the 'worker' command run them, fed over RabbitMQ, sharing the database")
    String workers;

    /** The chosen settings as Spring properties; wrong values are usage errors (exit 2). */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (threads != null) {
            atLeastOne("--threads", threads);
            properties.put("edgar.threads", threads);
        }
        if (partitions != null) {
            atLeastOne("--partitions", partitions);
            properties.put("edgar.partitions", partitions);
        }
        if (workers != null) {
            if (!workers.equals("local") && !workers.equals("remote")) {
                throw new ParameterException(spec.commandLine(), "--workers must be local or remote, not " + workers);
            }
            properties.put("edgar.workers", workers);
        }
        return properties;
    }

    private void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
    }
}
