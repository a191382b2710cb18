package org.redress.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The services' consumer groups as an operator sees them with the Kafka admin API: who is in each group and
 * which partitions each member reads, how far behind each group is, and moving a stopped service's group back
 * so that it reads events again (a redelivery).
 */
public final class ConsumerGroups implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    /** One consumer in a group, as {@code kafka-consumer-groups --describe --members --verbose} shows it. */
    public record Member(String memberId, String clientId, Set<TopicPartition> partitions) {
    }

    /** A group's state ({@code STABLE} once a rebalance is over) and its members with their partitions. */
    public record Membership(String group, String state, List<Member> members) {

        public boolean isStable() {
            return "STABLE".equalsIgnoreCase(state);
        }
    }

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "redress-e2e-operator"));
    }

    /** Who is in the group now and which partitions each member was assigned. */
    public Membership membership(String group) {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        List<Member> members = description.members().stream()
                .map(m -> new Member(m.consumerId(), m.clientId(), Set.copyOf(m.assignment().topicPartitions())))
                .toList();
        return new Membership(group, description.groupState().name(), members);
    }

    /** The group's committed offset on each partition of the topics it reads. */
    public Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> committed = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    /** Records on {@code topics} the group has not committed yet (a partition it never committed counts whole). */
    public long lag(String group, List<String> topics) {
        Map<TopicPartition, Long> committed = committed(group);
        return endOffsets(topics).entrySet().stream()
                .mapToLong(e -> e.getValue() - committed.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Waits until the group has committed everything on {@code topics}; fails after {@code timeout}. */
    public void awaitNoLag(String group, List<String> topics, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        long lag = lag(group, topics);
        while (lag > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("consumer group " + group + " still " + lag + " records behind on " + topics
                        + " after " + timeout.toSeconds() + " s");
            }
            TopicReader.sleep(Duration.ofMillis(300));
            lag = lag(group, topics);
        }
    }

    /**
     * Moves the group back by {@code records} on every partition of {@code topic} it has committed (not
     * before the start). The group must be empty: its service stopped. Retries while the broker still
     * counts the stopped service's member. Returns how many records the group will read again.
     */
    public long rewind(String group, String topic, long records, Duration timeout) {
        Map<TopicPartition, Long> begin = beginningOffsets(List.of(topic));
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        long again = 0;
        for (Map.Entry<TopicPartition, Long> entry : committed(group).entrySet()) {
            if (!entry.getKey().topic().equals(topic)) {
                continue;
            }
            long to = Math.max(begin.getOrDefault(entry.getKey(), 0L), entry.getValue() - records);
            rewound.put(entry.getKey(), new OffsetAndMetadata(to));
            again += entry.getValue() - to;
        }
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, rewound).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return again;
            } catch (ExecutionException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not rewind " + group + " on " + topic + ": " + e.getCause(), e);
                }
                TopicReader.sleep(Duration.ofMillis(500)); // typically GroupNotEmpty while the member times out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the broker did not answer within " + TIMEOUT_SECONDS + " s", e);
            }
        }
    }

    public Map<TopicPartition, Long> endOffsets(List<String> topics) {
        return offsets(topics, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> beginningOffsets(List<String> topics) {
        return offsets(topics, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(List<String> topics, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin request failed: " + e, e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
