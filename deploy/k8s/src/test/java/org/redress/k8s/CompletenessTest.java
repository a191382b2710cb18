package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Each service has its Deployment, Service, ConfigMap, autoscaler, disruption budget and NetworkPolicy, wired to each other. */
class CompletenessTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @Test
    void thereAreManifestsForThreeServices() {
        assertThat(Repository.services()).containsExactly("assessment-service", "complaints-service", "remedy-service");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsResourcesWiredToItsPods(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Deployment deployment = manifests.deployment(service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(Manifests.selects(deployment.getSpec().getSelector(), podLabels))
                    .as("%s %s: the Deployment's selector matches its pods", overlay, service).isTrue();

            Service http = manifests.service(service).orElseThrow(() -> new AssertionError(overlay + ": no Service " + service));
            assertThat(http.getSpec().getSelector()).as("%s %s: Service selector", overlay, service)
                    .isNotEmpty().containsAllEntriesOf(http.getSpec().getSelector());
            assertThat(podLabels).as("%s %s: pods carry the Service's selector", overlay, service)
                    .containsAllEntriesOf(http.getSpec().getSelector());
            Container container = Manifests.container(deployment);
            for (ServicePort port : http.getSpec().getPorts()) {
                assertThat(ProbesTest.port(container, port.getTargetPort())).as("%s %s: Service target port", overlay, service)
                        .isEqualTo(container.getPorts().get(0).getContainerPort());
            }

            assertThat(manifests.find(ConfigMap.class, service + "-config")).as("%s %s: ConfigMap", overlay, service).isPresent();
            assertThat(manifests.networkPoliciesSelecting(podLabels)).as("%s %s: NetworkPolicy", overlay, service).hasSize(1);

            HorizontalPodAutoscaler autoscaler = manifests.autoscaler(service)
                    .orElseThrow(() -> new AssertionError(overlay + ": no HorizontalPodAutoscaler for " + service));
            assertThat(autoscaler.getSpec().getMinReplicas()).as("%s %s: HPA bounds", overlay, service)
                    .isPositive().isLessThanOrEqualTo(autoscaler.getSpec().getMaxReplicas());
            assertThat(autoscaler.getSpec().getMetrics()).as("%s %s: HPA metrics", overlay, service).isNotEmpty();
            assertThat(deployment.getSpec().getReplicas()).as("%s %s: replicas within the HPA's bounds", overlay, service)
                    .isBetween(autoscaler.getSpec().getMinReplicas(), autoscaler.getSpec().getMaxReplicas());

            List<PodDisruptionBudget> budgets = manifests.disruptionBudgetsSelecting(podLabels);
            assertThat(budgets).as("%s %s: PodDisruptionBudget", overlay, service).hasSize(1);
        }
    }

    @Test
    void productionRunsTwoReplicasAndKeepsOneThroughADisruption() {
        Manifests manifests = Manifests.render(Overlays.PRODUCTION);
        for (String service : Repository.services()) {
            Deployment deployment = manifests.deployment(service);
            HorizontalPodAutoscaler autoscaler = manifests.autoscaler(service).orElseThrow();
            assertThat(deployment.getSpec().getReplicas()).as("%s: replicas", service).isEqualTo(2);
            assertThat(autoscaler.getSpec().getMinReplicas()).as("%s: HPA minimum", service).isGreaterThanOrEqualTo(2);
            PodDisruptionBudget budget = manifests.disruptionBudgetsSelecting(
                    deployment.getSpec().getTemplate().getMetadata().getLabels()).get(0);
            if (budget.getSpec().getMaxUnavailable() != null) {
                assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).as("%s: PDB maxUnavailable", service)
                        .isNotNull().isLessThan(autoscaler.getSpec().getMinReplicas());
            } else {
                assertThat(budget.getSpec().getMinAvailable().getIntVal()).as("%s: PDB minAvailable", service)
                        .isNotNull().isBetween(1, autoscaler.getSpec().getMinReplicas() - 1);
            }
        }
    }

    @Test
    void theBaseRunsTwoReplicasOfEachService() {
        Manifests base = Manifests.render("base");
        for (String service : Repository.services()) {
            assertThat(base.deployment(service).getSpec().getReplicas()).as("base %s: replicas", service).isEqualTo(2);
        }
    }
}
