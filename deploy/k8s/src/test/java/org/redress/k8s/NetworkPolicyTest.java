package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Each service's NetworkPolicy lets in only its HTTP port, and lets out exactly what its own
 * settings say it calls: DNS, its PostgreSQL, the Kafka brokers and, where the signing keys are a
 * URL, the identity provider. A port opened for nothing, or a call with no port open, fails.
 */
class NetworkPolicyTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressIsTheHttpPortOnly(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Deployment deployment = manifests.deployment(service);
            NetworkPolicy policy = policyOf(manifests, deployment);
            int httpPort = Manifests.container(deployment).getPorts().get(0).getContainerPort();
            assertThat(policy.getSpec().getPolicyTypes()).as("%s %s: policy types", overlay, service)
                    .containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).as("%s %s: ingress rules", overlay, service).isNotEmpty();
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                assertThat(ports(rule.getPorts())).as("%s %s: ingress ports", overlay, service)
                        .containsExactly("TCP/" + httpPort);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void egressIsExactlyWhatTheServiceCalls(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Deployment deployment = manifests.deployment(service);
            NetworkPolicy policy = policyOf(manifests, deployment);
            Map<String, String> env = manifests.environment(Manifests.container(deployment));
            Set<String> needed = needed(env);
            Set<String> open = new TreeSet<>();
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                assertThat(rule.getPorts()).as("%s %s: an egress rule without ports opens every port", overlay, service).isNotEmpty();
                open.addAll(ports(rule.getPorts()));
            }
            assertThat(open).as("%s %s: egress ports against DB_URL, KAFKA_BOOTSTRAP_SERVERS, REDRESS_JWT_PUBLIC_KEY_LOCATION and DNS",
                    overlay, service).isEqualTo(needed);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void dnsGoesToTheClusterDnsOnly(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                if (ports(rule.getPorts()).contains("UDP/53")) {
                    assertThat(rule.getTo()).as("%s %s: DNS peers", overlay, policy.getMetadata().getName()).isNotEmpty()
                            .allSatisfy(NetworkPolicyTest::isClusterDns);
                }
            }
        }
    }

    @Test
    void readsThePortsFromTheSettings() {
        assertThat(needed(Map.of(
                "DB_URL", "jdbc:postgresql://a:5433,b/db?sslmode=require",
                "KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9094",
                "REDRESS_JWT_PUBLIC_KEY_LOCATION", "https://login.example.org/keys")))
                .containsExactlyInAnyOrder("UDP/53", "TCP/53", "TCP/5433", "TCP/5432", "TCP/9092", "TCP/9094", "TCP/443");
        assertThat(needed(Map.of("DB_URL", "jdbc:postgresql://a/db", "KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                "REDRESS_JWT_PUBLIC_KEY_LOCATION", "file:///opt/key.pem")))
                .containsExactlyInAnyOrder("UDP/53", "TCP/53", "TCP/5432", "TCP/9092");
    }

    static Set<String> needed(Map<String, String> env) {
        Set<String> needed = new TreeSet<>(Set.of("UDP/53", "TCP/53"));
        String dbUrl = env.get("DB_URL");
        assertThat(dbUrl).as("DB_URL").startsWith("jdbc:postgresql://");
        String hosts = dbUrl.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0];
        for (String host : hosts.split(",")) {
            needed.add("TCP/" + (host.contains(":") ? host.substring(host.lastIndexOf(':') + 1) : "5432"));
        }
        for (String broker : env.get("KAFKA_BOOTSTRAP_SERVERS").split(",")) {
            needed.add("TCP/" + broker.trim().substring(broker.trim().lastIndexOf(':') + 1));
        }
        String keys = env.get("REDRESS_JWT_PUBLIC_KEY_LOCATION");
        if (keys != null && keys.matches("(?i)https?://.*")) {
            URI uri = URI.create(keys);
            int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            needed.add("TCP/" + port);
        }
        return needed;
    }

    private static NetworkPolicy policyOf(Manifests manifests, Deployment deployment) {
        List<NetworkPolicy> policies = manifests.networkPoliciesSelecting(deployment.getSpec().getTemplate().getMetadata().getLabels());
        assertThat(policies).as("%s %s: NetworkPolicies selecting its pods", manifests.name(), deployment.getMetadata().getName()).hasSize(1);
        return policies.get(0);
    }

    private static Set<String> ports(List<NetworkPolicyPort> ports) {
        Set<String> result = new TreeSet<>();
        for (NetworkPolicyPort port : ports) {
            assertThat(port.getPort()).as("a rule's port").isNotNull();
            assertThat(port.getPort().getIntVal()).as("ports by number, so they can be checked against the settings").isNotNull();
            assertThat(port.getEndPort()).as("no port ranges").isNull();
            result.add((port.getProtocol() == null ? "TCP" : port.getProtocol()) + "/" + port.getPort().getIntVal());
        }
        return result;
    }

    private static void isClusterDns(NetworkPolicyPeer peer) {
        assertThat(peer.getIpBlock()).isNull();
        assertThat(peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "kube-system");
        assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns");
    }
}
