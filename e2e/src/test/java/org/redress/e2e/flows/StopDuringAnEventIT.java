package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.ServiceDatabase;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;

/**
 * A rolling update, a scale-down or a node drain stops an instance while one of its consumers is in the
 * middle of an event. The event must be left for the next instance, not refused: a stopping service is
 * not the event's fault. Here remedy-service is stopped (SIGTERM, as Kubernetes does) while it retries an
 * adjudication's actions-agreed event whose remedy case cannot be written yet (a trigger in its database
 * refuses the insert for this one complaint); the fault is then removed and the service started again.
 * The stopped instance neither refuses the event (no dead letter, no dead-letter count for the alert) nor
 * acknowledges it; the next one opens the remedy case once.
 */
@ExtendWith(SuiteExtension.class)
class StopDuringAnEventIT {

    private static final String SERVICE = "remedy-service";
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 3, 2);
    /** P1M: 2 March + 1 month = Thursday 2 April 2026. */
    private static final List<AgreedAction> AGREED = List.of(
            AgreedAction.of("A1", "APOLOGY", "P1M", LocalDate.of(2026, 4, 2)));

    @Test
    void anEventInFlightWhenTheServiceStopsIsAppliedByTheNextInstanceAndNotDeadLettered(RunningSuite suite)
            throws Exception {
        FlowCalls calls = new FlowCalls(suite);
        ComplaintJourney complaint = ComplaintJourney.received(calls, FlowCalls.newChildRef())
                .respondedAtStageOne().stageTwoRequested().investigationStarted().reportsReceived();
        ServiceDatabase remedies = suite.remedies().database();
        String trigger = "refuse_remedy_case_" + complaint.id().replace("-", "");
        remedies.injectFault("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'remedy cases of this complaint cannot be written yet'; END $$;
                CREATE TRIGGER %1$s BEFORE INSERT ON remedy_case FOR EACH ROW
                WHEN (NEW.complaint_id = '%2$s') EXECUTE FUNCTION %1$s();""".formatted(trigger, complaint.id()));
        String eventId;
        String stoppedLog;
        try {
            complaint.adjudicated(ADJUDICATED, AgreedAction.json(AGREED));
            eventId = actionsAgreedEventOf(suite, complaint.id());
            awaitLogged(suite, SERVICE + " is retrying event " + eventId, "failed on event " + eventId);

            suite.stop(SERVICE);
            stoppedLog = suite.log(SERVICE);
        } finally {
            remedies.injectFault("DROP TRIGGER %1$s ON remedy_case; DROP FUNCTION %1$s();".formatted(trigger));
            suite.restore(Duration.ofSeconds(30));
        }

        complaint.remedyCaseOpened("STAGE_2", ADJUDICATED, AGREED);
        assertThat(remedies.count("select count(*) from remedy_case where complaint_id = ?::uuid", complaint.id()))
                .as("remedy cases for the complaint").isEqualTo(1);
        List<EventRecord> deadLettered = new TopicReader(suite.bootstrapServers())
                .readAll(Topics.COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE).stream()
                .filter(record -> eventId.equals(record.id())).toList();
        assertThat(deadLettered).as("the event on %s's dead-letter topic", SERVICE).isEmpty();
        assertThat(stoppedLog).as("what the stopped instance logged")
                .doesNotContain("refused event " + eventId)
                .contains("left event " + eventId);
        RunReport.passed("Fault: instance stopped during an event",
                SERVICE + " stopped (SIGTERM) while retrying an actions-agreed event it could not yet apply; started "
                        + "again, it applied the event: one remedy case, nothing dead-lettered",
                1, 1, 1, 0, 0);
    }

    private static String actionsAgreedEventOf(RunningSuite suite, String complaintId) {
        return new TopicReader(suite.bootstrapServers()).readAll(Topics.COMPLAINTS).stream()
                .filter(record -> complaintId.equals(record.key()) && record.type().contains("actions-agreed"))
                .map(EventRecord::id).findFirst()
                .orElseThrow(() -> new AssertionError("no actions-agreed event for complaint " + complaintId));
    }

    private static void awaitLogged(RunningSuite suite, String what, String text) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!suite.log(SERVICE).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not logged within 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
