package org.redress.servicekit.metrics;

import java.time.LocalDate;

/**
 * Gauges a service computes from its own database: {@link GaugeRefreshes} calls {@link #refresh}
 * every {@code redress.metrics.refresh-every}, in a read-only transaction, and the gauges publish
 * the values it cached, so a Prometheus scrape never queries the database. Each refresh should
 * read only what is open (through a partial index), not the years of closed cases behind it.
 */
public interface DatabaseGauges {

    /** A short name for logs, such as {@code outbox-backlog}. */
    String name();

    /** Recomputes the cached values as of {@code today}, in the caller's transaction. */
    void refresh(LocalDate today);
}
