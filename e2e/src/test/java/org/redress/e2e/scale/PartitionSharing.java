package org.redress.e2e.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.redress.e2e.ConsumerGroups;
import org.redress.e2e.TopicReader;

/**
 * How the instances of one service shared the partitions of the topics it reads, in its one consumer group (the
 * group id is the service's name). The broker does not say which instance a member runs in, since the instances
 * run the same consumers with the same client ids on the same host; so the members are told apart by the kill:
 * the members that are still there once the group has settled after one instance was killed are the survivor's,
 * the others were the killed instance's.
 *
 * @param group       the consumer group
 * @param killed      partitions the killed instance's members read while both instances ran
 * @param survivor    partitions the surviving instance's members read while both instances ran
 * @param afterKill   partitions the survivor's members read once the group had settled without the killed one
 * @param all         every partition of the topics the group reads
 */
record PartitionSharing(String group, Set<TopicPartition> killed, Set<TopicPartition> survivor,
                        Set<TopicPartition> afterKill, Set<TopicPartition> all) {

    private static final Duration POLL = Duration.ofMillis(300);

    /** Both instances had partitions, none was read by both, and none was left unread — before and after the kill. */
    boolean sharedAndTakenOver() {
        Set<TopicPartition> both = new HashSet<>(killed);
        both.retainAll(survivor);
        Set<TopicPartition> union = new HashSet<>(killed);
        union.addAll(survivor);
        return !killed.isEmpty() && !survivor.isEmpty() && both.isEmpty() && union.equals(all) && afterKill.equals(all);
    }

    /** e.g. {@code complaints-service: 2 + 1 of 3 partitions, then 3 on the survivor}. */
    String describe() {
        return group + ": " + killed.size() + " + " + survivor.size() + " of " + all.size() + " partitions, then "
                + afterKill.size() + " on the survivor";
    }

    /** Per topic, the partitions each instance read, for the test's output. */
    String detail() {
        return group + " — killed instance " + byTopic(killed) + ", survivor " + byTopic(survivor) + "; after the kill "
                + byTopic(afterKill);
    }

    private static Map<String, List<Integer>> byTopic(Set<TopicPartition> partitions) {
        return partitions.stream().collect(Collectors.groupingBy(TopicPartition::topic, TreeMap::new,
                Collectors.mapping(TopicPartition::partition, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted().toList()))));
    }

    /** Members per group now, e.g. before a scale-out: one instance's worth. */
    static Map<String, Integer> memberCounts(ConsumerGroups groups, List<String> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.put(name, groups.membership(name).members().size()));
        return counts;
    }

    /** Waits until every group is stable with {@code times} as many members as {@code perInstance} says. */
    static Map<String, ConsumerGroups.Membership> awaitStable(ConsumerGroups groups, Map<String, Integer> perInstance,
                                                             int times, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, ConsumerGroups.Membership> memberships = new LinkedHashMap<>();
        while (true) {
            perInstance.keySet().forEach(name -> memberships.put(name, groups.membership(name)));
            if (memberships.values().stream().allMatch(m -> m.isStable()
                    && m.members().size() == times * perInstance.get(m.group())
                    && m.members().stream().noneMatch(member -> member.partitions().isEmpty()))) {
                return memberships;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("consumer groups not stable with " + times + " instances' members after "
                        + timeout.toSeconds() + " s: " + memberships);
            }
            TopicReader.sleep(POLL);
        }
    }

    /** Attributes the members seen while both instances ran to the killed and the surviving instance. */
    static PartitionSharing of(ConsumerGroups groups, ConsumerGroups.Membership both, ConsumerGroups.Membership afterKill) {
        Set<String> survivors = afterKill.members().stream().map(ConsumerGroups.Member::memberId).collect(Collectors.toSet());
        Set<TopicPartition> killed = new HashSet<>();
        Set<TopicPartition> survivor = new HashSet<>();
        for (ConsumerGroups.Member member : both.members()) {
            (survivors.contains(member.memberId()) ? survivor : killed).addAll(member.partitions());
        }
        Set<TopicPartition> after = afterKill.members().stream().flatMap(m -> m.partitions().stream()).collect(Collectors.toSet());
        List<String> topics = both.members().stream().flatMap(m -> m.partitions().stream()).map(TopicPartition::topic)
                .distinct().toList();
        Set<TopicPartition> all = groups.endOffsets(topics).keySet();
        return new PartitionSharing(both.group(), killed, survivor, after, all);
    }
}
