package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.testkit.RedressTestResources;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The overdue-actions sweep is put on its schedule by its settings alone
 * ({@code redress.sweeps.overdue-actions.every} and {@code .delay}), as every sweep is.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
@TestProfile(OverdueSweepScheduleIT.EveryTenMinutesAfterAnHour.class)
class OverdueSweepScheduleIT {

    @Inject
    Scheduler scheduler;

    @Test
    void theSweepRunsOnTheScheduleItsSettingsGive() {
        Instant started = Instant.now();
        Trigger job = scheduler.getScheduledJob("overdue-actions-sweep");

        assertThat(job).as("the overdue-actions sweep's job").isNotNull();
        // not before the hour's delay is up, and within one ten-minute interval of it
        assertThat(job.getNextFireTime()).as("the job's first run")
                .isAfterOrEqualTo(started.plus(Duration.ofMinutes(59)))
                .isBefore(started.plus(Duration.ofMinutes(71)));
    }

    public static class EveryTenMinutesAfterAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redress.sweeps.overdue-actions.every", "10m", "redress.sweeps.overdue-actions.delay", "1h");
        }
    }
}
