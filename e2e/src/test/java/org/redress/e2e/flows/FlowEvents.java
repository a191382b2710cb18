package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.redress.e2e.EventRecord;
import org.redress.e2e.TopicReader;

/**
 * The events of one flow as they sit on the topics: every record whose key is one of the flow's
 * aggregates (its complaint, remedy case, assessment), read by an outside observer.
 */
record FlowEvents(List<EventRecord> records) {

    /** Reads each topic whole and keeps the records keyed by the given ids. */
    static FlowEvents read(TopicReader reader, Map<String, Set<String>> keysByTopic) {
        List<EventRecord> records = new ArrayList<>();
        keysByTopic.forEach((topic, keys) -> reader.readAll(topic).stream()
                .filter(record -> keys.contains(record.key()))
                .forEach(records::add));
        return new FlowEvents(List.copyOf(records));
    }

    long delivered() {
        return records.size();
    }

    /** Records carrying a CloudEvent id already seen: a redelivered or re-published event. */
    long duplicated() {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(record -> !seen.add(record.id())).count();
    }

    /** How many records of a type ({@code remedy.case-opened}) are about {@code key}. */
    long count(String key, String shortType) {
        return of(key, shortType).size();
    }

    /** Checks that exactly so many events of each type are about {@code key}, e.g. one case opened. */
    void assertCounts(String key, Map<String, Integer> expected) {
        Map<String, Integer> actual = new TreeMap<>();
        expected.keySet().forEach(type -> actual.put(type, (int) count(key, type)));
        assertThat(actual).as("events about %s", key).isEqualTo(new TreeMap<>(expected));
    }

    List<EventRecord> of(String key, String shortType) {
        return records.stream().filter(r -> key.equals(r.key()) && shortType.equals(r.shortType())).toList();
    }
}
