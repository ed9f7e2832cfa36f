package org.edgaretl.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: runs ingest partitions that an {@code ingest --workers remote} manager sends over RabbitMQ,
 * until stopped. It must share the manager's database (job repository and rows) and see the input and
 * output directories at the same paths.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run ingest partitions sent by 'ingest --workers remote' (RabbitMQ: spring.rabbitmq.* properties), until stopped.")
public final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--threads", paramLabel = "N",
            description = "partitions run at once in this worker (default: edgar.threads, else the number of cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (threads != null) {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            properties.put("edgar.threads", threads);
        }
        properties.put("edgar.workers", "remote");
        properties.put("edgar.worker", "true");
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = SpringContexts.start(database, properties)) {
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
            // SIGTERM closes the context: the broker keeps an unfinished partition's request for another worker.
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "edgar-etl-worker-stop"));
            System.out.println("edgar-etl worker ready: taking partitions from queue "
                    + context.getEnvironment().getProperty("edgar.remote-queue", "edgar.partitions"));
            closed.await();
        }
        return ExitCodes.OK;
    }
}
