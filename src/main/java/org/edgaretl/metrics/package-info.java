/**
 * A run's metrics for monitoring: Micrometer meters in a Prometheus registry (the run's counts, and Spring
 * Batch's own step and job timers), written as a text file for node_exporter's textfile collector and/or pushed
 * to a Pushgateway at the end of each execution; switched on by the {@code edgar.metrics.*} properties.
 */
package org.edgaretl.metrics;
