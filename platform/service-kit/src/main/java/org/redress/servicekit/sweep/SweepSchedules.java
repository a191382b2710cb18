package org.redress.servicekit.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Puts every {@link Sweep} bean of the service on its schedule when the service starts, so that no
 * service writes a schedule of its own: {@code redress.sweeps.<name>.every} (required; {@code off}
 * or {@code disabled} leaves the sweep unscheduled on this instance) and
 * {@code redress.sweeps.<name>.delay} (the wait before the first run, 30 s unless set). A run is
 * skipped while the application is not running and never overlaps the one before; instances are
 * kept apart by the row locks of the sweep's claim.
 */
@ApplicationScoped
public class SweepSchedules {

    /** The wait before a sweep's first run when {@code redress.sweeps.<name>.delay} is not set. */
    public static final String DEFAULT_DELAY = "30s";
    private static final Logger LOG = Logger.getLogger(SweepSchedules.class);

    private final Scheduler scheduler;
    private final Instance<Sweep> sweeps;
    private final SweepRunner runner;
    private final Clock clock;
    private final Config config;

    public SweepSchedules(Scheduler scheduler, @Any Instance<Sweep> sweeps, SweepRunner runner, Clock clock,
            Config config) {
        this.scheduler = scheduler;
        this.sweeps = sweeps;
        this.runner = runner;
        this.clock = clock;
        this.config = config;
    }

    void scheduleOnStart(@Observes StartupEvent start) {
        for (Sweep sweep : sweeps) {
            schedule(sweep);
        }
    }

    private void schedule(Sweep sweep) {
        String every = config.getValue(key(sweep, "every"), String.class).trim();
        if (isOff(every)) {
            LOG.infof("%s sweep is off on this instance (%s)", sweep.name(), key(sweep, "every"));
            return;
        }
        String delay = config.getOptionalValue(key(sweep, "delay"), String.class).orElse(DEFAULT_DELAY);
        scheduler.newJob(identity(sweep))
                .setInterval(every)
                .setDelayed(delay)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setSkipPredicate(Scheduled.ApplicationNotRunning.class)
                .setTask(execution -> runner.drain(sweep, LocalDate.now(clock)))
                .schedule();
        LOG.infof("%s sweep runs every %s, starting %s after start-up", sweep.name(), every, delay);
    }

    /** {@code redress.sweeps.<name>.<setting>}. */
    static String key(Sweep sweep, String setting) {
        return "redress.sweeps." + sweep.name() + "." + setting;
    }

    /** The scheduler's name for the sweep's job: {@code <name>-sweep}. */
    public static String identity(Sweep sweep) {
        return sweep.name() + "-sweep";
    }

    static boolean isOff(String every) {
        String value = every.toLowerCase(Locale.ROOT);
        return value.equals("off") || value.equals("disabled");
    }
}
