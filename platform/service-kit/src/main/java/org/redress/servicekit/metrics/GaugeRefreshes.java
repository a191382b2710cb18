package org.redress.servicekit.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Refreshes every {@link DatabaseGauges} bean of the service on one schedule:
 * {@code redress.metrics.refresh-every} (30 s unless set; {@code off} or {@code disabled} leaves the
 * gauges at their last value, which tests use to refresh them themselves). Every instance of a
 * service refreshes its own copy, so the instances publish the same values; dashboards take the
 * {@code max} over instances rather than the sum.
 */
@ApplicationScoped
public class GaugeRefreshes {

    private static final Logger LOG = Logger.getLogger(GaugeRefreshes.class);

    private final Scheduler scheduler;
    private final Instance<DatabaseGauges> gauges;
    private final Clock clock;
    private final Config config;

    public GaugeRefreshes(Scheduler scheduler, @Any Instance<DatabaseGauges> gauges, Clock clock, Config config) {
        this.scheduler = scheduler;
        this.gauges = gauges;
        this.clock = clock;
        this.config = config;
    }

    void scheduleOnStart(@Observes StartupEvent start) {
        // the gauges exist from start-up, reading 0 until the first refresh
        gauges.forEach(DatabaseGauges::name);
        String every = config.getOptionalValue("redress.metrics.refresh-every", String.class).orElse("30s").trim();
        String value = every.toLowerCase(Locale.ROOT);
        if (value.equals("off") || value.equals("disabled")) {
            LOG.info("business gauges are not refreshed on a schedule on this instance (redress.metrics.refresh-every)");
            return;
        }
        scheduler.newJob("business-gauges")
                .setInterval(every)
                .setDelayed("5s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setSkipPredicate(Scheduled.ApplicationNotRunning.class)
                .setTask(execution -> refreshAll(LocalDate.now(clock)))
                .schedule();
    }

    /** Refreshes every gauge set as of {@code today}, each in a transaction of its own; one failing spares the rest. */
    public void refreshAll(LocalDate today) {
        for (DatabaseGauges set : gauges) {
            try {
                QuarkusTransaction.requiringNew().run(() -> set.refresh(today));
            } catch (RuntimeException failure) {
                LOG.warnf("%s gauges not refreshed (%s); they keep their last values", set.name(),
                        failure.getMessage());
            }
        }
    }
}
