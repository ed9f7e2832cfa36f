package org.edgaretl.metrics;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meters of a run, only when a metrics target is configured: a Prometheus registry, and the observation
 * registry through which Spring Batch times its job and steps (Boot's batch observation auto-configuration
 * hands it to every job and step bean). Without a target nothing here exists and Spring Batch observes nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${edgar.metrics.textfile:}' != '' or '${edgar.metrics.pushgateway:}' != ''")
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsConfiguration {

    /** The step-name tags whose partition suffix is dropped: one series per step, not one per partition. */
    private static final String STEP_NAME_SUFFIX = "step.name";

    @Bean
    public PrometheusMeterRegistry prometheusMeterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // the run's and Spring Batch's meters only: libraries that find a registry (RabbitMQ's client) add theirs
        registry.config().meterFilter(MeterFilter.denyUnless(id -> id.getName().startsWith(RunMetrics.PREFIX)
                || id.getName().startsWith("spring.batch.")));
        return registry;
    }

    @Bean
    public ObservationRegistry observationRegistry(PrometheusMeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                // ingestPartitionStep:partition0003 -> ingestPartitionStep: count, sum and max over the partitions
                .observationFilter(context -> {
                    for (KeyValue tag : context.getLowCardinalityKeyValues()) {
                        int partition = tag.getValue().indexOf(":partition");
                        if (tag.getKey().endsWith(STEP_NAME_SUFFIX) && partition > 0) {
                            context.addLowCardinalityKeyValue(KeyValue.of(tag.getKey(), tag.getValue().substring(0, partition)));
                        }
                    }
                    return context;
                })
                .observationHandler(new DefaultMeterObservationHandler(meters,
                        DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
        return registry;
    }

    @Bean
    public RunMetrics runMetrics(PrometheusMeterRegistry meters, MetricsProperties properties) {
        return new RunMetrics(meters, properties);
    }
}
