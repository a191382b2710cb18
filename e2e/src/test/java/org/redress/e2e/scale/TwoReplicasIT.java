package org.redress.e2e.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.ConsumerGroups;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;
import org.redress.e2e.TrafficAccounting;

/**
 * The suite scaled out: two instances of each service against the same databases, the same broker and the same
 * consumer groups, complaints sent through a round-robin load balancer to both instances of complaints-service, the
 * sweeps on in every instance, and one instance of each service killed (SIGKILL) a third of the way through. A request
 * the dead instance refuses, or cuts off, is sent again to the other one with the same Idempotency-Key, as a load
 * balancer would. Afterwards:
 * <ul>
 * <li>every request was answered, and what was sent is stored, announced and acted on downstream exactly once
 * ({@link TrafficAccounting});</li>
 * <li>every outbox row written meanwhile is on its topic under its own CloudEvent id, keyed by its aggregate, whichever
 * relay sent it ({@link OutboxPublication});</li>
 * <li>every clock breach and overdue action is announced exactly once although two instances swept at once
 * ({@link SweepAnnouncements}); a backlog of each is seeded through the API: complaints registered in January 2026 and
 * never decided, and decisions of January 2026 whose actions were due in February and April;</li>
 * <li>both instances read partitions of each group, and the survivor took over the killed one's
 * ({@link PartitionSharing}).</li>
 * </ul>
 * The scenario's own complaints are received and decided today, so that no sweep races their requests. Instances run
 * with a 6 s Kafka session timeout, so that the group notices a killed member in seconds rather than the default 45.
 * When it ends the suite's own instances (sweeps off) are running again.
 */
@ExtendWith(SuiteExtension.class)
class TwoReplicasIT {

    private static final int UNITS = 150;
    private static final int THREADS = 4;
    private static final int OVERDUE_BACKLOG = 20;
    private static final int BREACH_BACKLOG = 20;
    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    private static final Duration GROUPS_SETTLE = Duration.ofSeconds(60);
    private static final Pattern SWEPT = Pattern.compile("(clock-breach|overdue-actions) sweep on \\S+ dealt with (\\d+) rows");

    /** Sweeps every second in every instance, small batches so that two instances' batches interleave. */
    private static final Map<String, String> SCALED_OUT = Map.of(
            "REDRESS_SWEEPS_CLOCK_BREACH_EVERY", "1s",
            "REDRESS_SWEEPS_CLOCK_BREACH_DELAY", "1s",
            "REDRESS_SWEEPS_CLOCK_BREACH_BATCH_SIZE", "5",
            "REDRESS_SWEEPS_OVERDUE_ACTIONS_EVERY", "1s",
            "REDRESS_SWEEPS_OVERDUE_ACTIONS_DELAY", "1s",
            "REDRESS_SWEEPS_OVERDUE_ACTIONS_BATCH_SIZE", "5",
            "KAFKA_SESSION_TIMEOUT_MS", "6000",
            "KAFKA_HEARTBEAT_INTERVAL_MS", "1000");

    /** What the scaled-out suite did while it ran: the traffic, the load balancer and what the instances showed. */
    private record ScaledOut(ComplaintTraffic traffic, LoadBalancer balancer, int unitsBeforeKill,
                             Duration drainedBySurvivors, Map<String, PartitionSharing> sharing,
                             Map<String, Map<String, Long>> sweptBy, Map<String, Long> answeredBy) {
    }

    /** The accounting once the suite has settled again. */
    private record Accounts(TrafficAccounting.Summary traffic, TrafficAccounting.Summary backlog, long inboxRows,
                            List<OutboxPublication> outboxes,
                            List<SweepAnnouncements> sweeps) {
    }

    @Test
    void twoInstancesOfEachServiceShareTheWorkAndLoseOrRepeatNothingWhenOneOfEachIsKilled(RunningSuite suite) throws Exception {
        Instant started = Instant.now();
        Map<String, Long> outboxMark = OutboxPublication.mark(suite);
        // seeded while the suite's own instances run without sweeps: 40 actions and 20 stage 1 clocks past due
        ComplaintTraffic backlog = new ComplaintTraffic(suite, "scale-backlog");
        backlog.send(OVERDUE_BACKLOG, THREADS);
        backlog.registerOnly(BREACH_BACKLOG);
        // The suite's instances are stopped (SIGTERM) only once nothing is in flight, so that the partitions the
        // scaled-out instances are given start from settled offsets (StopDuringAnEventIT covers a stop mid-event).
        TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(2));

        ScaledOut run = runScaledOut(suite, backlog);
        TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(2));

        assertThat(run.traffic().units()).as("every registration and decision answered with success through the load balancer")
                .allMatch(u -> u.registered() && u.decided());
        TopicReader reader = new TopicReader(suite.bootstrapServers());
        Accounts accounts = new Accounts(TrafficAccounting.of(suite, run.traffic()).assertExactlyOnce(),
                TrafficAccounting.of(suite, backlog).assertExactlyOnce(),
                TrafficAccounting.assertEveryEventProcessedOnce(suite), OutboxPublication.since(suite, outboxMark, reader),
                List.of(SweepAnnouncements.complaintClockBreaches(suite, reader),
                        SweepAnnouncements.assessmentClockBreaches(suite, reader), SweepAnnouncements.overdueActions(suite, reader)));
        assertThat(accounts.outboxes()).as("outbox rows written during the scenario, each published under its id and key")
                .allMatch(OutboxPublication::publishedOnceEach);
        assertThat(accounts.sweeps()).as("every breach and overdue action announced exactly once")
                .allMatch(SweepAnnouncements::exactlyOnce);
        Set<String> expectedBreaches = new HashSet<>();
        undecided(backlog).forEach(id -> expectedBreaches.add(id + "/STAGE_1"));
        assertThat(accounts.sweeps().get(0).subjects()).as("the seeded stage 1 breaches").containsAll(expectedBreaches);
        List<String> expectedOverdue = backlogActions(suite, backlog);
        assertThat(expectedOverdue).as("actions of the seeded decisions").hasSize(OVERDUE_BACKLOG * ComplaintTraffic.ACTIONS_PER_DECISION);
        assertThat(accounts.sweeps().get(2).subjects()).as("the seeded overdue actions").containsAll(expectedOverdue);
        assertThat(run.sharing().values()).as("both instances read partitions in each group, the survivor took over the rest")
                .allMatch(PartitionSharing::sharedAndTakenOver);

        report(started, run, accounts);
    }

    /**
     * Replaces the suite's instances by two of each with the sweeps on, sends the traffic through both instances of
     * complaints-service, kills the first instance of each service a third of the way through, and waits until the
     * survivors have sent everything on and swept the seeded backlog. The suite's own instances are back when it returns.
     */
    private static ScaledOut runScaledOut(RunningSuite suite, ComplaintTraffic backlog) throws Exception {
        List<String> services = suite.services().stream().map(RunningSuite.Service::name).toList();
        try (ConsumerGroups groups = new ConsumerGroups(suite.bootstrapServers())) {
            Map<String, Integer> membersPerInstance = PartitionSharing.memberCounts(groups, services);
            Replicas replicas = Replicas.start(suite, 2, SCALED_OUT);
            try {
                LoadBalancer balancer = new LoadBalancer(replicas.endpoints(suite.complaints().name()));
                LocalDate today = LocalDate.now(COUNCIL);
                ComplaintTraffic traffic = new ComplaintTraffic("scale", balancer, today, today);
                ComplaintTraffic.Sending sending = traffic.start(THREADS, UNITS);
                Map<String, ConsumerGroups.Membership> both = PartitionSharing.awaitStable(groups, membersPerInstance, 2, GROUPS_SETTLE);

                sending.awaitUnits(UNITS / 3, Duration.ofMinutes(2));
                Replicas.kill(services.stream().map(service -> replicas.of(service).get(0)).toList());
                int unitsBeforeKill = traffic.units().size();
                Map<String, ConsumerGroups.Membership> afterKill = PartitionSharing.awaitStable(groups, membersPerInstance, 1, GROUPS_SETTLE);
                Map<String, PartitionSharing> sharing = new LinkedHashMap<>();
                services.forEach(service -> sharing.put(service, PartitionSharing.of(groups, both.get(service), afterKill.get(service))));
                sending.awaitAllSent(Duration.ofMinutes(3));

                awaitBacklogSwept(suite, backlog, Duration.ofSeconds(60));
                Duration drained = TrafficAccounting.awaitSettled(suite, Duration.ofMinutes(3));
                Map<String, Map<String, Long>> sweptBy = new LinkedHashMap<>();
                Map<String, Long> answeredBy = new LinkedHashMap<>();
                for (Replicas.Instance instance : replicas.all()) {
                    sweptBy.put(instance.label(), sweptRows(instance));
                    if (instance.service().equals(suite.complaints().name())) {
                        answeredBy.put(instance.label(), balancer.answeredBy(instance.endpoint()));
                    }
                }
                return new ScaledOut(traffic, balancer, unitsBeforeKill, drained, sharing, sweptBy, answeredBy);
            } finally {
                replicas.close(); // the suite's own instances again, sweeps off
            }
        }
    }

    /** Waits until the sweeps have marked every seeded clock breached and every seeded action overdue. */
    private static void awaitBacklogSwept(RunningSuite suite, ComplaintTraffic backlog, Duration timeout) {
        Set<String> breachIds = Set.copyOf(undecided(backlog));
        Set<String> overdueIds = new HashSet<>();
        backlog.units().stream().filter(ComplaintTraffic.Unit::decided).forEach(u -> overdueIds.add(u.complaintId()));
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long breached = suite.complaints().database().strings("select complaint_id::text from complaint_clock "
                    + "where kind = 'STAGE_1' and breach_reported_on is not null").stream().filter(breachIds::contains).count();
            long overdue = suite.remedies().database().strings("select c.complaint_id::text from remedy_action a "
                    + "join remedy_case c on c.id = a.remedy_case_id where a.status = 'OVERDUE'").stream().filter(overdueIds::contains).count();
            if (breached == breachIds.size() && overdue == (long) overdueIds.size() * ComplaintTraffic.ACTIONS_PER_DECISION) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + timeout.toSeconds() + " s the sweeps had marked " + breached + " of "
                        + breachIds.size() + " seeded breaches and " + overdue + " seeded overdue actions");
            }
            TopicReader.sleep(Duration.ofMillis(500));
        }
    }

    /** The backlog's complaints registered and never decided: their stage 1 clocks are past due. */
    private static List<String> undecided(ComplaintTraffic backlog) {
        return backlog.units().stream().filter(u -> u.registered() && u.decideStatus() == -1).map(ComplaintTraffic.Unit::complaintId)
                .toList();
    }

    private static List<String> backlogActions(RunningSuite suite, ComplaintTraffic backlog) {
        Set<String> complaints = new HashSet<>();
        backlog.units().forEach(u -> complaints.add(u.complaintId()));
        List<String> actions = new ArrayList<>();
        for (String row : suite.remedies().database().strings("select c.complaint_id || ' ' || a.id from remedy_action a "
                + "join remedy_case c on c.id = a.remedy_case_id where c.complaint_id is not null")) {
            String[] parts = row.split(" ");
            if (complaints.contains(parts[0])) {
                actions.add(parts[1]);
            }
        }
        return actions;
    }

    /** Rows each sweep of one instance dealt with, from the instance's log ({@code SweepRunner} logs each drain). */
    private static Map<String, Long> sweptRows(Replicas.Instance instance) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        for (String line : Files.readAllLines(instance.log())) {
            Matcher matcher = SWEPT.matcher(line);
            if (matcher.find()) {
                rows.merge(matcher.group(1), Long.parseLong(matcher.group(2)), Long::sum);
            }
        }
        return rows;
    }

    private static void report(Instant started, ScaledOut run, Accounts accounts) {
        TrafficAccounting.Summary summary = accounts.traffic();
        List<OutboxPublication> outboxes = accounts.outboxes();
        List<SweepAnnouncements> sweeps = accounts.sweeps();
        long published = outboxes.stream().mapToLong(OutboxPublication::published).sum();
        long copies = outboxes.stream().mapToLong(OutboxPublication::copies).sum();
        long duplicated = summary.duplicated() + accounts.backlog().duplicated()
                + sweeps.stream().mapToLong(SweepAnnouncements::duplicated).sum();
        long lost = summary.lost() + accounts.backlog().lost()
                + outboxes.stream().mapToLong(OutboxPublication::missing).sum()
                + sweeps.stream().mapToLong(SweepAnnouncements::unannounced).sum();
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        LoadBalancer balancer = run.balancer();
        String what = "2 instances of each service, " + THREADS + " clients round-robin over both complaints-service instances, "
                + "sweeps on in all 6; one instance of each SIGKILLed after " + run.unitsBeforeKill() + " of " + UNITS + " units; "
                + balancer.requests() + " requests to the load balancer, " + balancer.retried() + " retried on the survivor ("
                + balancer.replayed() + " answered by replay); " + summary.describe() + "; "
                + outboxes.stream().mapToLong(OutboxPublication::rows).sum() + " outbox rows, " + published + " published"
                + (copies > 0 ? " (+" + copies + " re-sent copies)" : "") + "; "
                + String.join("; ", sweeps.stream().map(SweepAnnouncements::describe).toList()) + "; partitions "
                + String.join(", ", run.sharing().values().stream().map(PartitionSharing::describe).toList())
                + "; survivors drained in " + run.drainedBySurvivors().toSeconds() + " s; " + seconds + " s in all";
        RunReport.Line line = new RunReport.Line("Scale-out: 2 instances of each service, one of each killed under load", what,
                summary.requestsSent(), summary.stored(), published, duplicated, lost, "passed");
        RunReport.add(line);

        StringBuilder out = new StringBuilder("\n=== Scale-out accounting (TwoReplicasIT) ===\n").append(RunReport.table(List.of(line)));
        out.append("\nrequests sent ").append(summary.requestsSent()).append(", acknowledged ").append(summary.acknowledged())
                .append(", stored ").append(summary.stored()).append(" (complaints + decisions), retried on the survivor ")
                .append(balancer.retried()).append(", answered by replay ").append(balancer.replayed()).append("; backlog: ")
                .append(accounts.backlog().requestsSent()).append(" requests seeded; ").append(accounts.inboxRows())
                .append(" inbox rows, one per distinct event a consumer acts on\n");
        run.answeredBy().forEach((instance, count) -> out.append("answered by ").append(instance).append(": ").append(count).append('\n'));
        outboxes.forEach(o -> out.append("outbox ").append(o.describe()).append('\n'));
        sweeps.forEach(s -> out.append("sweeps: ").append(s.describe()).append('\n'));
        // each drain logs its total when it ends, so a drain the kill cut off is missing here (its rows are in the marks)
        run.sweptBy().forEach((instance, swept) -> out.append("rows swept by ").append(instance).append(" (drains logged): ")
                .append(swept).append('\n'));
        run.sharing().values().forEach(s -> out.append("partitions ").append(s.detail()).append('\n'));
        out.append("duplicated ").append(duplicated).append(", lost ").append(lost).append("; ").append(seconds).append(" s\n");
        System.out.println(out);
    }
}
