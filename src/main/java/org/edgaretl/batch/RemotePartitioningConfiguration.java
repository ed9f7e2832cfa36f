package org.edgaretl.batch;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning ({@code edgar.workers=remote}): the manager step sends one request per partition to a
 * RabbitMQ queue and polls the shared job repository until every partition has finished; worker processes
 * ({@code edgar.worker=true}, the {@code worker} command) take requests one at a time per thread and run the
 * same worker step as a local run. Input and output directories must be at the same paths for all of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "edgar.workers", havingValue = ScaleProperties.REMOTE)
@EnableIntegration
public class RemotePartitioningConfiguration {

    /**
     * The manager and its workers meet in the job repository: an embedded H2 file is private to one process,
     * so a run over it would wait for partitions no worker can see. Refused at start-up with the reason.
     */
    @Bean
    public SmartInitializingSingleton sharedDatabaseCheck(Environment environment) {
        return () -> {
            String url = environment.getProperty("spring.datasource.url", "");
            if (url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
                throw new IllegalStateException("remote partitioning needs a database that the manager and every worker"
                        + " share (--db jdbc:postgresql://HOST:PORT/DB), not the embedded " + url);
            }
        };
    }

    @Bean
    public Queue partitionRequestQueue(@Value("${edgar.remote-queue:edgar.partitions}") String name) {
        return new Queue(name, true);
    }

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(@Qualifier("partitionRequests") DirectChannel partitionRequests,
                                                     AmqpTemplate amqpTemplate, Queue partitionRequestQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(partitionRequestQueue.getName()))
                .get();
    }

    /** The remote manager step: the partitions run in worker processes. */
    @Bean
    public Step ingestFilingsStep(JobRepository jobRepository, BeanFactory beanFactory, Partitioner filingsPartitioner,
                                  @Qualifier("partitionRequests") DirectChannel partitionRequests,
                                  @Qualifier("ingestPartitionStep") Step ingestPartitionStep, ScaleProperties scale,
                                  @Value("${edgar.remote-poll-ms:500}") long pollMillis) {
        return new RemotePartitioningManagerStepBuilder(IngestJobConfiguration.STEP_NAME, jobRepository)
                .beanFactory(beanFactory)
                .partitioner(IngestJobConfiguration.WORKER_STEP_NAME, filingsPartitioner)
                .step(ingestPartitionStep)
                .gridSize(scale.partitions())
                .outputChannel(partitionRequests)
                .pollInterval(pollMillis)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "edgar.worker", havingValue = "true")
    public PartitionWorker partitionWorker(JobRepository jobRepository,
                                           @Qualifier("ingestPartitionStep") Step ingestPartitionStep) {
        return new PartitionWorker(jobRepository, ingestPartitionStep);
    }

    /** Workers take one request at a time per thread; it is acknowledged only once its partition has run. */
    @Bean
    @ConditionalOnProperty(name = "edgar.worker", havingValue = "true")
    public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionRequestQueue,
                                                       PartitionWorker partitionWorker, ScaleProperties scale) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionRequestQueue.getName())
                        .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(scale.threads())
                                .defaultRequeueRejected(false)))
                .handle(String.class, (payload, headers) -> {
                    partitionWorker.handle(payload, Boolean.TRUE.equals(headers.get(AmqpHeaders.REDELIVERED)));
                    return null;
                })
                .get();
    }
}
