/**
 * Business gauges computed from the database on a schedule and published cached: a feature's
 * {@link org.redress.servicekit.metrics.DatabaseGauges} holds its query, in the feature's
 * infrastructure, and publishes through a {@link org.redress.servicekit.metrics.GaugeFamily};
 * {@link org.redress.servicekit.metrics.GaugeRefreshes} runs them all. The metric names are listed,
 * with their labels and meaning, in {@code deploy/observability/README.md}.
 */
package org.redress.servicekit.metrics;
