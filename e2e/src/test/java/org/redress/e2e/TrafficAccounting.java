package org.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.contracts.Topics;
import org.redress.contracts.events.EventType;

/**
 * What became of a {@link ComplaintTraffic} once the suite has settled, read from the services' databases
 * and the topics, and compared with what each request was told. The expectations are computed from the
 * requests sent, never from the outputs: an acknowledged registration is a stored complaint with exactly
 * one {@code complaint.registered}, one {@code routed} and one {@code stage-opened} event; an acknowledged stage 1 response is a stored decision with
 * exactly one {@code stage-decided} and one {@code actions-agreed} event, one remedy case with two actions
 * in remedy-service, one reassessment in assessment-service and one remedy case recorded against the
 * complaint in complaints-service. A request that got no answer may or may not have been stored; what was
 * stored of it must then have the same effects exactly once.
 */
public final class TrafficAccounting {

    /** The accounting of one scenario, as the run report shows it. */
    public record Summary(long requestsSent, long acknowledged, long unanswered, long stored, long storedWithoutAcknowledgement,
                          long eventsDelivered, long eventCopies, long otherEvents, long remedyCases, long remedyActions, long reassessments,
                          long duplicated, long lost) {

        /** The counts behind the report's "what was done" text. */
        public String describe() {
            return requestsSent + " requests (" + acknowledged + " acknowledged, " + unanswered + " not); "
                    + storedWithoutAcknowledgement + " stored without acknowledgement; " + eventsDelivered
                    + " distinct registered/routed/stage-opened/decided/actions-agreed events"
                    + (eventCopies > 0 ? " (+" + eventCopies + " copies of the same events re-sent)" : "")
                    + (otherEvents > 0 ? " (+" + otherEvents + " other events on the complaints topic)" : "")
                    + "; " + remedyCases + " remedy cases, " + remedyActions + " actions, " + reassessments + " reassessments";
        }
    }

    /** The events the traffic's requests cause on the complaints topic (the suite runs no sweep that could add others). */
    private static final List<String> TRAFFIC_EVENTS = List.of("complaint.registered", "complaint.routed",
            "complaint.stage-opened", "complaint.stage-decided", "complaint.actions-agreed");

    private final ComplaintTraffic traffic;
    private final Map<Integer, String> storedComplaints = new HashMap<>();
    private final Set<String> storedDecisions = new HashSet<>();
    private final Map<String, List<EventRecord>> complaintEvents = new HashMap<>();
    private final Map<String, List<EventRecord>> remedyEvents = new HashMap<>();
    private final Map<String, Long> remedyCases;
    private final Map<String, Long> remedyActions;
    private final Map<String, Long> reassessments;
    private final Map<String, Long> casesRecordedOnComplaint;
    private final List<String> problems = new ArrayList<>();

    private TrafficAccounting(RunningSuite suite, ComplaintTraffic traffic) {
        this.traffic = traffic;
        ServiceDatabase complaints = suite.complaints().database();
        for (String row : complaints.strings("select split_part(points->>0, ':', 1) || ' ' || id || ' ' || "
                + "(stage_one_response is not null) from complaint where points->>0 like ?", traffic.tag() + "-%")) {
            String[] parts = row.split(" ");
            int index = Integer.parseInt(parts[0].substring(parts[0].lastIndexOf('-') + 1));
            if (storedComplaints.put(index, parts[1]) != null) {
                problems.add("unit " + index + " was stored as two complaints");
            }
            if (Boolean.parseBoolean(parts[2]) || "t".equals(parts[2])) {
                storedDecisions.add(parts[1]);
            }
        }
        Set<String> ids = new HashSet<>(storedComplaints.values());
        TopicReader reader = new TopicReader(suite.bootstrapServers());
        for (EventRecord event : reader.readAll(Topics.COMPLAINTS)) {
            if (ids.contains(event.key())) {
                complaintEvents.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event);
            }
        }
        for (EventRecord event : reader.readAll(Topics.REMEDIES)) {
            String complaintId = event.data().path("complaintId").asText(null);
            if (ids.contains(complaintId)) {
                remedyEvents.computeIfAbsent(complaintId, k -> new ArrayList<>()).add(event);
            }
        }
        remedyCases = counts(suite.remedies().database(),
                "select complaint_id || ' ' || count(*) from remedy_case where complaint_id is not null group by complaint_id", ids);
        remedyActions = counts(suite.remedies().database(), "select c.complaint_id || ' ' || count(*) from remedy_action a "
                + "join remedy_case c on c.id = a.remedy_case_id where c.complaint_id is not null group by c.complaint_id", ids);
        reassessments = counts(suite.assessments().database(),
                "select complaint_id || ' ' || count(*) from assessment where complaint_id is not null group by complaint_id", ids);
        casesRecordedOnComplaint = counts(complaints,
                "select complaint_id || ' ' || count(*) from complaint_remedy_case group by complaint_id", ids);
    }

    /** Reads what the traffic left behind; call once the suite has settled (see {@link #awaitSettled}). */
    public static TrafficAccounting of(RunningSuite suite, ComplaintTraffic traffic) {
        return new TrafficAccounting(suite, traffic);
    }

    private static Map<String, Long> counts(ServiceDatabase database, String sql, Set<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        for (String row : database.strings(sql)) {
            String[] parts = row.split(" ");
            if (ids.contains(parts[0])) {
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    /**
     * Waits until every outbox is drained and every consumer group has read everything: the point after
     * which no more effects of the traffic can appear. Checked twice in a row, since an event consumed late
     * can still write to an outbox that was empty a moment before.
     */
    public static Duration awaitSettled(RunningSuite suite, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        int quietChecks = 0;
        String state = "";
        try (ConsumerGroups groups = new ConsumerGroups(suite.bootstrapServers())) {
            while (quietChecks < 2) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the suite did not settle within " + timeout.toSeconds() + " s: " + state);
                }
                Map<String, Long> pending = new LinkedHashMap<>();
                for (RunningSuite.Service service : suite.services()) {
                    pending.put(service.name() + " unsent outbox rows",
                            service.database().count("select count(*) from outbox where sent_at is null"));
                }
                pending.put("remedy-service lag", groups.lag("remedy-service", List.of(Topics.COMPLAINTS, Topics.ASSESSMENTS)));
                pending.put("complaints-service lag", groups.lag("complaints-service", List.of(Topics.REMEDIES)));
                pending.put("assessment-service lag", groups.lag("assessment-service", List.of(Topics.REMEDIES)));
                state = pending.toString();
                quietChecks = pending.values().stream().allMatch(v -> v == 0) ? quietChecks + 1 : 0;
                TopicReader.sleep(Duration.ofMillis(quietChecks == 0 ? 500 : 1000));
            }
        }
        return Duration.between(start, Instant.now());
    }

    /**
     * Every distinct event on each topic of a type a consumer acts on has exactly one processed-message row
     * in that consumer, and no other event has one (the others are passed over before any transaction):
     * none was skipped, and since the row's key is (consumer, event id) and it is written in the effect's
     * own transaction, none was applied twice. Holds for everything the run has sent, not just one
     * traffic's events; call once the suite has settled. Returns the number of rows checked.
     */
    public static long assertEveryEventProcessedOnce(RunningSuite suite) {
        TopicReader reader = new TopicReader(suite.bootstrapServers());
        Map<String, List<EventRecord>> onTopic = new HashMap<>();
        for (String topic : Topics.ALL) {
            onTopic.put(topic, reader.readAll(topic));
        }
        // what each consumer acts on, as the services' consumers declare it
        Object[][] inboxes = {
                { suite.remedies(), "remedies.actions-agreed", Topics.COMPLAINTS, Set.of(EventType.COMPLAINT_ACTIONS_AGREED) },
                { suite.remedies(), "remedies.assessment-outcomes", Topics.ASSESSMENTS,
                        Set.of(EventType.ASSESSMENT_COMPLETED, EventType.MISSED_PROVISION_RECORDED,
                                EventType.PROVISION_STARTED) },
                { suite.complaints(), "complaints.remedy-progress", Topics.REMEDIES,
                        Set.of(EventType.REMEDY_CASE_OPENED, EventType.REMEDY_ACTION_COMPLETED, EventType.REMEDY_ACTION_OVERDUE,
                                EventType.REMEDY_PAYMENT_RECORDED, EventType.REMEDY_CASE_COMPLETED) },
                { suite.assessments(), "assessments.reassessment-requests", Topics.REMEDIES,
                        Set.of(EventType.REASSESSMENT_REQUESTED) },
        };
        long checked = 0;
        for (Object[] inbox : inboxes) {
            RunningSuite.Service service = (RunningSuite.Service) inbox[0];
            @SuppressWarnings("unchecked")
            Set<String> handled = ((Set<EventType>) inbox[3]).stream().map(EventType::ceType).collect(Collectors.toSet());
            long distinct = onTopic.get((String) inbox[2]).stream().filter(e -> e.id() != null && handled.contains(e.type()))
                    .map(EventRecord::id).distinct().count();
            long rows = service.database().count("select count(*) from processed_message where consumer = ?", inbox[1]);
            assertThat(rows).as("%s processed-message rows for the %s distinct events it acts on, on %s", inbox[1],
                    distinct, inbox[2]).isEqualTo(distinct);
            checked += rows;
        }
        return checked;
    }

    /**
     * Checks every unit against what it was told and returns the counts; fails naming the first units that
     * were lost or duplicated.
     */
    public Summary assertExactlyOnce() {
        long lost = 0;
        long duplicated = 0;
        long storedWithoutAck = 0;
        List<String> findings = new ArrayList<>(problems);
        for (ComplaintTraffic.Unit unit : traffic.units()) {
            String stored = storedComplaints.get(unit.index());
            if (unit.registered() && !unit.complaintId().equals(stored)) {
                lost++;
                findings.add("unit " + unit.index() + ": registration acknowledged as " + unit.complaintId() + " but stored as " + stored);
                continue;
            }
            if (!unit.registered() && stored != null) {
                storedWithoutAck++;
            }
            if (unit.decided() && !storedDecisions.contains(stored)) {
                lost++;
                findings.add("unit " + unit.index() + ": stage 1 response acknowledged but not stored for " + stored);
            }
            if (unit.decideStatus() > 0 && !unit.decided() && storedDecisions.contains(stored)) {
                findings.add("unit " + unit.index() + ": stage 1 response refused with " + unit.decideStatus() + " but stored");
            }
            if (!unit.decided() && unit.decideStatus() != -1 && storedDecisions.contains(stored)) {
                storedWithoutAck++;
            }
        }
        for (String id : storedComplaints.values()) {
            boolean decided = storedDecisions.contains(id);
            Map<String, Long> events = distinctIdsByType(complaintEvents.get(id));
            Map<String, Long> remedies = distinctIdsByType(remedyEvents.get(id));
            long[][] expectations = {
                    { events.getOrDefault("complaint.registered", 0L), 1 },
                    { events.getOrDefault("complaint.routed", 0L), 1 },
                    { events.getOrDefault("complaint.stage-opened", 0L), 1 },
                    { events.getOrDefault("complaint.stage-decided", 0L), decided ? 1 : 0 },
                    { events.getOrDefault("complaint.actions-agreed", 0L), decided ? 1 : 0 },
                    { remedyCases.getOrDefault(id, 0L), decided ? 1 : 0 },
                    { remedyActions.getOrDefault(id, 0L), decided ? ComplaintTraffic.ACTIONS_PER_DECISION : 0 },
                    { remedies.getOrDefault("remedy.case-opened", 0L), decided ? 1 : 0 },
                    { remedies.getOrDefault("remedy.action-created", 0L), decided ? ComplaintTraffic.ACTIONS_PER_DECISION : 0 },
                    { remedies.getOrDefault("remedy.reassessment-requested", 0L), decided ? ComplaintTraffic.REASSESSMENTS_PER_DECISION : 0 },
                    { reassessments.getOrDefault(id, 0L), decided ? ComplaintTraffic.REASSESSMENTS_PER_DECISION : 0 },
                    { casesRecordedOnComplaint.getOrDefault(id, 0L), decided ? 1 : 0 },
            };
            String[] names = { "registered events", "routed events", "stage-opened events", "stage-decided events", "actions-agreed events", "remedy cases",
                    "remedy actions", "case-opened events", "action-created events", "reassessment-requested events",
                    "reassessments", "remedy cases recorded on the complaint" };
            for (int i = 0; i < expectations.length; i++) {
                long actual = expectations[i][0];
                long expected = expectations[i][1];
                if (actual > expected) {
                    duplicated += actual - expected;
                    findings.add("complaint " + id + ": " + actual + " " + names[i] + ", expected " + expected);
                } else if (actual < expected) {
                    lost += expected - actual;
                    findings.add("complaint " + id + ": " + actual + " " + names[i] + ", expected " + expected);
                }
            }
            findings.addAll(outOfOrder(id));
        }
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " units lost, duplicated or out of order (" + lost + " lost, "
                    + duplicated + " duplicated); the first:\n" + String.join("\n", findings.subList(0, Math.min(20, findings.size()))));
        }
        assertThat(lost).as("acknowledged work lost").isZero();
        assertThat(duplicated).as("effects applied twice").isZero();
        return summary(storedWithoutAck, duplicated, lost);
    }

    /** One complaint's events in the order they were written: registered, routed, stage 1 opened, decided, the agreed actions. */
    private List<String> outOfOrder(String id) {
        List<String> firstSeen = new ArrayList<>();
        for (EventRecord event : complaintEvents.getOrDefault(id, List.of())) {
            if (!firstSeen.contains(event.shortType())) {
                firstSeen.add(event.shortType());
            }
        }
        List<String> expectedOrder = TRAFFIC_EVENTS; // in the order the requests cause them
        List<String> relevant = firstSeen.stream().filter(expectedOrder::contains).toList();
        return relevant.equals(expectedOrder.subList(0, relevant.size())) ? List.of()
                : List.of("complaint " + id + ": events out of order on the topic: " + relevant);
    }

    private Summary summary(long storedWithoutAck, long duplicated, long lost) {
        List<ComplaintTraffic.Unit> units = traffic.units();
        long acknowledged = units.stream().filter(ComplaintTraffic.Unit::registered).count()
                + units.stream().filter(ComplaintTraffic.Unit::decided).count();
        long distinct = complaintEvents.values().stream().mapToLong(events -> events.stream()
                .filter(e -> TRAFFIC_EVENTS.contains(e.shortType())).map(EventRecord::id).distinct().count()).sum();
        long records = complaintEvents.values().stream().mapToLong(events -> events.stream()
                .filter(e -> TRAFFIC_EVENTS.contains(e.shortType())).count()).sum();
        long other = complaintEvents.values().stream().mapToLong(events -> events.stream()
                .filter(e -> !TRAFFIC_EVENTS.contains(e.shortType())).map(EventRecord::id).distinct().count()).sum();
        return new Summary(traffic.requests(), acknowledged, traffic.requests() - acknowledged,
                storedComplaints.size() + storedDecisions.size(), storedWithoutAck, distinct, records - distinct, other,
                sum(remedyCases), sum(remedyActions), sum(reassessments), duplicated, lost);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> distinctIdsByType(List<EventRecord> events) {
        if (events == null) {
            return Map.of();
        }
        return events.stream().collect(Collectors.groupingBy(EventRecord::shortType,
                Collectors.collectingAndThen(Collectors.mapping(EventRecord::id, Collectors.toSet()), s -> (long) s.size())));
    }

    public Set<String> storedComplaintIds() {
        return Set.copyOf(storedComplaints.values());
    }

    public Set<String> storedDecisions() {
        return Set.copyOf(storedDecisions);
    }
}
