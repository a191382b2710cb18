package org.redress.e2e.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.contracts.Topics;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.TopicReader;

/**
 * What became of the outbox rows a service wrote after a mark, read from its database and its topic: each row is on
 * the topic under its id as CloudEvent id, keyed by its aggregate id — so each aggregate's events share one
 * partition and stay in order — whichever instance's relay sent it. A row the broker took but whose instance died
 * before marking it sent is sent again by another relay: that copy has the same CloudEvent id and the consumers'
 * inbox absorbs it, so it is counted apart ({@code copies}), not as a duplicate.
 *
 * @param service         the service that owns the outbox and the topic
 * @param rows            outbox rows written after the mark
 * @param unsent          of those, rows still not marked sent
 * @param published       rows whose id is on the topic (at least once)
 * @param copies          records beyond the first with the id of one of those rows
 * @param missing         rows whose id is not on the topic
 * @param wrongKey        rows with a record whose key is not the row's aggregate id
 * @param splitAggregates aggregates of those rows whose records are on more than one partition
 */
record OutboxPublication(String service, long rows, long unsent, long published, long copies, long missing,
                         long wrongKey, long splitAggregates) {

    private static final Map<String, String> TOPIC_OF = Map.of("complaints-service", Topics.COMPLAINTS,
            "assessment-service", Topics.ASSESSMENTS, "remedy-service", Topics.REMEDIES);

    /** The last outbox sequence number of each service: rows written after it belong to what follows. */
    static Map<String, Long> mark(RunningSuite suite) {
        Map<String, Long> marks = new LinkedHashMap<>();
        for (RunningSuite.Service service : suite.services()) {
            marks.put(service.name(), service.database().count("select coalesce(max(seq), 0) from outbox"));
        }
        return marks;
    }

    /** Each service's rows written after {@code marks}, against what its topic holds now. */
    static List<OutboxPublication> since(RunningSuite suite, Map<String, Long> marks, TopicReader reader) {
        List<OutboxPublication> results = new ArrayList<>();
        for (RunningSuite.Service service : suite.services()) {
            Map<String, List<EventRecord>> onTopic = reader.readAll(TOPIC_OF.get(service.name())).stream()
                    .filter(record -> record.id() != null).collect(Collectors.groupingBy(EventRecord::id));
            List<String> rows = service.database().strings("select id || ' ' || aggregateid || ' ' || (sent_at is not null) "
                    + "from outbox where seq > ?", marks.get(service.name()));
            results.add(account(service.name(), rows, onTopic));
        }
        return results;
    }

    private static OutboxPublication account(String service, List<String> rows, Map<String, List<EventRecord>> onTopic) {
        long unsent = 0;
        long published = 0;
        long copies = 0;
        long missing = 0;
        long wrongKey = 0;
        Map<String, Set<Integer>> partitionsOfAggregate = new HashMap<>();
        for (String row : rows) {
            String[] parts = row.split(" ");
            String id = parts[0];
            String aggregate = parts[1];
            if (!"true".equals(parts[2]) && !"t".equals(parts[2])) {
                unsent++;
            }
            List<EventRecord> records = onTopic.getOrDefault(id, List.of());
            if (records.isEmpty()) {
                missing++;
                continue;
            }
            published++;
            copies += records.size() - 1;
            if (records.stream().anyMatch(record -> !aggregate.equals(record.key()))) {
                wrongKey++;
            }
            records.forEach(record -> partitionsOfAggregate.computeIfAbsent(aggregate, a -> new HashSet<>())
                    .add(record.partition()));
        }
        long split = partitionsOfAggregate.values().stream().filter(partitions -> partitions.size() > 1).count();
        return new OutboxPublication(service, rows.size(), unsent, published, copies, missing, wrongKey, split);
    }

    /** Every row published, none lost, each under its aggregate's key on one partition. */
    boolean publishedOnceEach() {
        return unsent == 0 && missing == 0 && published == rows && wrongKey == 0 && splitAggregates == 0;
    }

    String describe() {
        return service + ": " + rows + " outbox rows, " + published + " published" + (copies > 0 ? " (+" + copies
                + " re-sent copies under the same id)" : "") + ", " + missing + " missing, " + wrongKey
                + " with another key, " + splitAggregates + " aggregates on two partitions";
    }
}
