package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * Migrations run as the README says: Flyway at each replica's start-up, under Flyway's lock in
 * PostgreSQL, with no migration Job, a start-up probe patient enough for a migration, and a
 * rolling update that keeps the old pods serving until a new one has migrated and is ready.
 */
class MigrationsTest {

    /** Long enough for a migration behind another replica's lock, on a busy node. */
    static final int MINIMUM_STARTUP_SECONDS = 180;

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceMigratesAtStartUpAndNothingElseDoes(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        assertThat(manifests.all(Job.class)).as("%s: a migration Job alongside migrate-at-start would race it", overlay).isEmpty();
        for (String service : Repository.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            assertThat(configuration.value("quarkus.flyway.migrate-at-start")).as("%s: quarkus.flyway.migrate-at-start", service)
                    .contains("true");
            Container container = Manifests.container(manifests.deployment(service));
            assertThat(manifests.environment(container)).as("%s %s: nothing switches Flyway off", overlay, service)
                    .doesNotContainKeys("QUARKUS_FLYWAY_MIGRATE_AT_START", "QUARKUS_FLYWAY_ENABLED");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void startUpWaitsLongEnoughForAMigration(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Probe startup = Manifests.container(manifests.deployment(service)).getStartupProbe();
            int initialDelay = startup.getInitialDelaySeconds() == null ? 0 : startup.getInitialDelaySeconds();
            int patience = startup.getPeriodSeconds() * startup.getFailureThreshold() + initialDelay;
            assertThat(patience).as("%s %s: seconds before an unstarted pod is restarted", overlay, service)
                    .isGreaterThanOrEqualTo(MINIMUM_STARTUP_SECONDS);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aRollingUpdateKeepsEveryOldPodUntilANewOneIsReady(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            var strategy = deployment.getSpec().getStrategy();
            assertThat(strategy.getType()).as("%s %s: strategy", overlay, deployment.getMetadata().getName()).isEqualTo("RollingUpdate");
            assertThat(strategy.getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as("%s %s: maxUnavailable", overlay, deployment.getMetadata().getName()).isZero();
        }
    }
}
