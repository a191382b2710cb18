package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;

/** Probes ask SmallRye Health where the service really serves it, on the port it really listens on. */
class ProbesTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesPointAtTheServicesHealthPaths(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            assertThat(configuration.dependsOn("quarkus-smallrye-health"))
                    .as("%s serves SmallRye Health", service).isTrue();
            Container container = Manifests.container(manifests.deployment(service));
            assertThat(path(container.getStartupProbe(), service, "startup")).as("%s %s: startup probe path", overlay, service)
                    .isEqualTo(configuration.healthPath("started"));
            assertThat(path(container.getReadinessProbe(), service, "readiness")).as("%s %s: readiness probe path", overlay, service)
                    .isEqualTo(configuration.healthPath("ready"));
            assertThat(path(container.getLivenessProbe(), service, "liveness")).as("%s %s: liveness probe path", overlay, service)
                    .isEqualTo(configuration.healthPath("live"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesAndTheContainerPortAreThePortTheServiceListensOn(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Container container = Manifests.container(manifests.deployment(service));
            Map<String, String> env = manifests.environment(container);
            String listening = env.get("HTTP_PORT");
            assertThat(listening).as("%s %s: HTTP_PORT", overlay, service).isNotNull();
            assertThat(container.getPorts()).as("%s %s: container ports", overlay, service)
                    .extracting(ContainerPort::getContainerPort).containsExactly(Integer.valueOf(listening));
            for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())) {
                assertThat(port(container, probe.getHttpGet().getPort())).as("%s %s: probe port", overlay, service)
                        .isEqualTo(Integer.valueOf(listening));
            }
        }
    }

    @Test
    void healthPathsFollowQuarkusRootPaths() {
        assertThat(configuration(Map.of()).healthPath("ready")).isEqualTo("/q/health/ready");
        assertThat(configuration(Map.of("quarkus.http.root-path", "/api")).healthPath("live")).isEqualTo("/api/q/health/live");
        assertThat(configuration(Map.of("quarkus.http.root-path", "/api", "quarkus.http.non-application-root-path", "/ops"))
                .healthPath("started")).isEqualTo("/ops/health/started");
        assertThat(configuration(Map.of("quarkus.smallrye-health.root-path", "/status", "quarkus.smallrye-health.readiness-path", "ok"))
                .healthPath("ready")).isEqualTo("/status/ok");
    }

    private static ServiceConfiguration configuration(Map<String, String> properties) {
        return new ServiceConfiguration("example-service", List.of(properties));
    }

    private static String path(Probe probe, String service, String kind) {
        assertThat(probe).as("%s: %s probe", service, kind).isNotNull();
        assertThat(probe.getHttpGet()).as("%s: %s probe is an HTTP GET", service, kind).isNotNull();
        return probe.getHttpGet().getPath();
    }

    /** A probe's port, by number or by the name of a container port. */
    static Integer port(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
