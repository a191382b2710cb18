package org.redress.servicekit.health;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness fails within seconds when the broker is unreachable. Quarkus' own Kafka check
 * waits for the admin client's default API timeout (a minute), longer than any orchestrator
 * waits for a probe, so it is switched off in favour of this one with short timeouts.
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_MS = 3_000;

    private final Admin admin;

    public BrokerReadinessCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.CLIENT_ID_CONFIG, "redress-readiness"));
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Collection<Node> nodes = admin.describeCluster().nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("nodes", nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")))
                    .build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("reason", "broker unreachable: " + e.getClass().getSimpleName())
                    .build();
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
