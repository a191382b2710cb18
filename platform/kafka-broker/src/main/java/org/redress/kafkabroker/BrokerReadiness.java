package org.redress.kafkabroker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Waits, in three steps, until a freshly launched broker serves clients: its port accepts connections,
 * the cluster answers a metadata request, and every wanted topic exists with a leader per partition.
 * Each step checks that the broker process is still alive so that a crash fails fast, not at the deadline.
 */
final class BrokerReadiness {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaBrokerSettings settings;
    private final BooleanSupplier alive;
    private final Instant deadline;

    BrokerReadiness(KafkaBrokerSettings settings, BooleanSupplier alive, Duration timeout) {
        this.settings = settings;
        this.alive = alive;
        this.deadline = Instant.now().plus(timeout);
    }

    void await() throws BrokerStartException {
        awaitPort();
        try (Admin admin = Admin.create(adminConfig())) {
            awaitCluster(admin);
            createMissingTopics(admin);
            awaitTopicLeaders(admin);
        }
    }

    private void awaitPort() throws BrokerStartException {
        while (true) {
            checkAlive("waiting for port " + settings.port());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", settings.port()), 200);
                return;
            } catch (IOException notYet) {
                pause("port " + settings.port() + " to accept connections");
            }
        }
    }

    private void awaitCluster(Admin admin) throws BrokerStartException {
        while (true) {
            checkAlive("waiting for the cluster metadata");
            try {
                admin.describeCluster().nodes().get(remainingMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (Exception notYet) {
                pause("Admin.describeCluster() to answer (last error: " + notYet + ")");
            }
        }
    }

    private void createMissingTopics(Admin admin) throws BrokerStartException {
        try {
            Set<String> existing = admin.listTopics().names().get(remainingMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = settings.topics().stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, settings.partitions(), (short) 1))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var result : admin.createTopics(missing).values().values()) {
                try {
                    result.get(remainingMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            checkAlive("creating topics " + settings.topics());
            throw new BrokerStartException("cannot create topics " + settings.topics() + ": " + e, e);
        }
    }

    private void awaitTopicLeaders(Admin admin) throws BrokerStartException {
        if (settings.topics().isEmpty()) {
            return;
        }
        while (true) {
            checkAlive("waiting for topic metadata");
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(settings.topics())
                        .allTopicNames().get(remainingMillis(), TimeUnit.MILLISECONDS);
                Set<String> withoutLeader = new HashSet<>(settings.topics());
                descriptions.values().stream()
                        .filter(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()))
                        .map(TopicDescription::name)
                        .collect(Collectors.toSet())
                        .forEach(withoutLeader::remove);
                if (withoutLeader.isEmpty()) {
                    return;
                }
                pause("leaders for topics " + withoutLeader);
            } catch (Exception notYet) {
                pause("metadata of topics " + settings.topics() + " (last error: " + notYet + ")");
            }
        }
    }

    private Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "redress-kafka-broker-readiness");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        // the broker is local: retry quickly rather than with the default backoff of up to a second
        config.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        return config;
    }

    private void checkAlive(String step) throws BrokerStartException {
        if (!alive.getAsBoolean()) {
            throw new BrokerStartException("the Kafka broker process exited while " + step, null);
        }
    }

    private void pause(String waitingFor) throws BrokerStartException {
        if (Instant.now().isAfter(deadline)) {
            throw new BrokerStartException("timed out waiting for " + waitingFor, null);
        }
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for " + waitingFor, e);
        }
    }

    private long remainingMillis() {
        return Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
    }

    /** A start that failed; {@link KafkaBroker} adds the broker log's tail to the message. */
    static final class BrokerStartException extends Exception {
        BrokerStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
