package org.redress.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.ConsumerGroups;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TrafficAccounting;

/**
 * Every consuming service made to read events again, as after a rebalance or an operator moving its
 * consumer group back: the service is stopped, its group's offsets are moved back with the Kafka admin
 * API, and it is started again. It reads everything again to the end, and nothing happens a second time
 * anywhere: no new remedy case, action, reassessment or progress row, and no new event.
 */
@ExtendWith(SuiteExtension.class)
class RedeliveryIT {

    /** Records moved back on each partition (3 per topic); enough to cover this test's own traffic. */
    private static final long REWIND_PER_PARTITION = 400;

    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("remedy cases", "remedy-service:select count(*) from remedy_case");
        COUNTS.put("remedy actions", "remedy-service:select count(*) from remedy_action");
        COUNTS.put("remedy timeline rows", "remedy-service:select count(*) from remedy_timeline");
        COUNTS.put("assessments", "assessment-service:select count(*) from assessment");
        COUNTS.put("referrals", "assessment-service:select count(*) from referral");
        COUNTS.put("remedy cases recorded on complaints", "complaints-service:select count(*) from complaint_remedy_case");
        COUNTS.put("remedy progress rows", "complaints-service:select count(*) from complaint_remedy_action");
        COUNTS.put("complaints-service outbox rows", "complaints-service:select count(*) from outbox");
        COUNTS.put("assessment-service outbox rows", "assessment-service:select count(*) from outbox");
        COUNTS.put("remedy-service outbox rows", "remedy-service:select count(*) from outbox");
    }

    @Test
    void eachConsumerReadingItsEventsAgainHasNoSecondEffect(RunningSuite suite) throws Exception {
        ComplaintTraffic traffic = new ComplaintTraffic(suite, "redelivery");
        traffic.send(20, 4);
        TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(3));
        Map<String, Long> before = counts(suite);
        Map<TopicPartition, Long> endsBefore;
        Map<String, Long> reread = new LinkedHashMap<>();
        try (ConsumerGroups groups = new ConsumerGroups(suite.bootstrapServers())) {
            endsBefore = groups.endOffsets(Topics.ALL);
            reread.put("remedy-service", redeliver(suite, groups, suite.remedies().name(), "remedy-service",
                    List.of(Topics.COMPLAINTS, Topics.ASSESSMENTS)));
            reread.put("assessment-service", redeliver(suite, groups, suite.assessments().name(), "assessment-service",
                    List.of(Topics.REMEDIES)));
            reread.put("complaints-service", redeliver(suite, groups, suite.complaints().name(), "complaints-service",
                    List.of(Topics.REMEDIES)));
            TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(3));
            assertThat(groups.endOffsets(Topics.ALL)).as("no event published because of the redelivery").isEqualTo(endsBefore);
        }

        assertThat(reread.values()).as("events each consumer read again").allMatch(n -> n > 0);
        Map<String, Long> after = counts(suite);
        assertThat(after).as("rows before and after the redelivery").isEqualTo(before);
        TrafficAccounting.Summary summary = TrafficAccounting.of(suite, traffic).assertExactlyOnce();
        long inboxRows = TrafficAccounting.assertEveryEventProcessedOnce(suite);
        long duplicated = after.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - before.get(e.getKey()))).sum();
        long lost = after.entrySet().stream().mapToLong(e -> Math.max(0, before.get(e.getKey()) - e.getValue())).sum();
        long total = reread.values().stream().mapToLong(Long::longValue).sum();
        RunReport.passed("Fault: redelivery to every consumer",
                "each consuming service stopped, its group moved back with the admin API (re-read " + reread
                        + "), restarted and drained; " + summary.remedyCases() + " remedy cases from this test's "
                        + summary.requestsSent() + " requests; row counts unchanged " + before + "; no new event; "
                        + inboxRows + " processed-message rows = distinct events on the topics",
                total, -1, total, duplicated + summary.duplicated(), lost + summary.lost());
    }

    /** Stops the service, moves its group back on each topic it reads, starts it and waits until it has read all. */
    private static long redeliver(RunningSuite suite, ConsumerGroups groups, String service, String group, List<String> topics)
            throws Exception {
        long again = 0;
        try {
            suite.stop(service);
            for (String topic : topics) {
                again += groups.rewind(group, topic, REWIND_PER_PARTITION, Duration.ofSeconds(60));
            }
            suite.start(service);
        } finally {
            suite.restore(Duration.ofSeconds(30));
        }
        groups.awaitNoLag(group, topics, Duration.ofMinutes(3));
        return again;
    }

    private static Map<String, Long> counts(RunningSuite suite) {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTS.forEach((what, query) -> {
            String[] parts = query.split(":", 2);
            counts.put(what, suite.service(parts[0]).database().count(parts[1]));
        });
        return counts;
    }
}
