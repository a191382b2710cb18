package org.redress.e2e.scale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.redress.contracts.Topics;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.TopicReader;

/**
 * What the sweeps announced, read from a topic and the owning service's database: a breached clock or an overdue
 * action is one subject, announced by one event; the sweep's mark on the row ("breach reported", status
 * {@code OVERDUE}) commits with that event's outbox row. With several instances sweeping at once, a subject with two
 * distinct events is a duplicate announcement; a marked row without an event, or an event without a mark, is a lost
 * or a phantom one. Re-sent copies of one event (same CloudEvent id) are one announcement.
 *
 * @param what        e.g. "complaint clock breaches"
 * @param announced   subjects with at least one event
 * @param duplicated  events beyond the first for a subject (distinct CloudEvent ids)
 * @param marked      rows the sweep marked in the database
 * @param unannounced marked rows without an event
 * @param unmarked    subjects announced whose row is not marked
 * @param subjects    the announced subjects, to check a scenario's own expectations against
 */
record SweepAnnouncements(String what, long announced, long duplicated, long marked, long unannounced, long unmarked,
                          Set<String> subjects) {

    /** Complaint clocks past due, subject {@code <complaint id>/<clock>}: {@code complaint.clock-breached}. */
    static SweepAnnouncements complaintClockBreaches(RunningSuite suite, TopicReader reader) {
        return of("complaint clock breaches", reader.readAll(Topics.COMPLAINTS), "complaint.clock-breached",
                event -> event.key() + "/" + event.data().path("clock").asText(),
                suite.complaints().database().strings(
                        "select complaint_id || '/' || kind from complaint_clock where breach_reported_on is not null"));
    }

    /** Referral and assessment clocks past due, subject {@code <id>/<clock>}: {@code assessment.clock-breached}. */
    static SweepAnnouncements assessmentClockBreaches(RunningSuite suite, TopicReader reader) {
        return of("referral and assessment clock breaches", reader.readAll(Topics.ASSESSMENTS), "assessment.clock-breached",
                event -> event.key() + "/" + event.data().path("clock").asText(),
                suite.assessments().database().strings("select id || '/REFERRAL_DECISION' from referral where breach_reported "
                        + "union all select id || '/ASSESSMENT' from assessment where breach_reported"));
    }

    /** Agreed actions not done by their due date, subject the action id: {@code remedy.action-overdue}. */
    static SweepAnnouncements overdueActions(RunningSuite suite, TopicReader reader) {
        return of("overdue remedy actions", reader.readAll(Topics.REMEDIES), "remedy.action-overdue",
                event -> event.data().path("actionId").asText(),
                suite.remedies().database().strings("select id::text from remedy_action where status = 'OVERDUE'"));
    }

    private static SweepAnnouncements of(String what, List<EventRecord> events, String type,
                                         Function<EventRecord, String> subjectOf, List<String> markedRows) {
        Map<String, Set<String>> idsBySubject = new HashMap<>();
        for (EventRecord event : events) {
            if (type.equals(event.shortType())) {
                idsBySubject.computeIfAbsent(subjectOf.apply(event), s -> new HashSet<>()).add(event.id());
            }
        }
        long duplicated = idsBySubject.values().stream().mapToLong(ids -> ids.size() - 1L).sum();
        Set<String> marked = Set.copyOf(markedRows);
        long unannounced = marked.stream().filter(subject -> !idsBySubject.containsKey(subject)).count();
        long unmarked = idsBySubject.keySet().stream().filter(subject -> !marked.contains(subject)).count();
        return new SweepAnnouncements(what, idsBySubject.size(), duplicated, marked.size(), unannounced, unmarked,
                Set.copyOf(idsBySubject.keySet()));
    }

    /** Each marked row announced by exactly one event, and no event without its mark. */
    boolean exactlyOnce() {
        return duplicated == 0 && unannounced == 0 && unmarked == 0 && announced == marked;
    }

    String describe() {
        return announced + " " + what + " announced (" + marked + " marked, " + duplicated + " duplicated, "
                + unannounced + " marked but not announced)";
    }
}
