package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.contracts.Topics;
import org.redress.e2e.ApiResponse;
import org.redress.e2e.EventRecord;
import org.redress.e2e.RunReport;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Direct payments that started five weeks and three days late: assessment-service records the
 * missed provision and announces it, and remedy-service turns the announcement into a missed
 * provision remedy with a payment action for the amount it computes, which a person confirms and
 * the council pays in full.
 */
@ExtendWith(SuiteExtension.class)
class MissedProvisionFlowIT {

    private static final LocalDate REFERRAL_RECEIVED = LocalDate.of(2026, 9, 1);
    private static final LocalDate SHOULD_HAVE_STARTED = LocalDate.of(2026, 10, 1);
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 8);
    /** £120 a week of direct payments. */
    private static final long WEEKLY_PENCE = 12_000;
    /** 1 October to 7 November inclusive: 31 days of October + 7 of November = 38 days. */
    private static final long MISSED_DAYS = 38;
    /**
     * 38 days = 5 whole weeks + 3 days: 5 × 12,000 = 60,000; 3 × 12,000 / 7 = 5,142.857… rounded half
     * up to 5,143; total 65,143 pence (£651.43).
     */
    private static final long MISSED_PENCE = 65_143;

    @Test
    void directPaymentsStartedLateBecomeAMissedProvisionRemedyPaidInFull(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        String childRef = FlowCalls.newChildRef();
        var socialWorker = calls.assessments(FlowCalls.SOCIAL_WORKER);

        // a referral, the s17 decision that opens a child in need assessment, one eligible need met by
        // direct payments, and completion
        String referralId = socialWorker.post("/referrals", """
                {"childRef":"%s","receivedDate":"%s","referrerType":"HEALTH","disabledChild":false}"""
                .formatted(childRef, REFERRAL_RECEIVED)).expect(201).id();
        String assessmentId = socialWorker.post("/referrals/" + referralId + "/decision",
                "{\"decision\":\"S17_ASSESSMENT\"}").expect(200).text("assessmentId");
        socialWorker.put("/assessments/" + assessmentId + "/needs", """
                {"code":"N1","area":"SELF_CARE_SKILLS","eligible":true,"criteriaScore":12,"wayMet":"DIRECT_PAYMENT",
                 "reason":"Direct payments for a personal assistant after school"}""").expect(200);
        socialWorker.post("/assessments/" + assessmentId + "/completion", "{}").expect(200);

        // the direct payments start late: assessment-service records the missed provision
        ApiResponse provided = socialWorker.post("/assessments/" + assessmentId + "/provision", """
                {"needCode":"N1","kind":"DIRECT_PAYMENT","weeklyAmountPence":%d,
                 "shouldHaveStarted":"%s","startedOn":"%s"}""".formatted(WEEKLY_PENCE, SHOULD_HAVE_STARTED, STARTED))
                .expect(200);
        assertThat(provided.node("provisions.0.missedDays").asLong()).isEqualTo(MISSED_DAYS);
        assertThat(provided.node("provisions.0.missedAmountPence").asLong()).isEqualTo(MISSED_PENCE);
        String provisionId = provided.text("provisions.0.id");

        // remedy-service opens a missed provision case for the child from the announcement; its payment
        // action is numbered from the provision's id, and announced with the case's id as its key
        String actionRef = "MP-" + provisionId.substring(0, 8);
        List<EventRecord> created = new TopicReader(suite.bootstrapServers()).await(Topics.REMEDIES,
                records -> !createdFor(records, actionRef).isEmpty(), FlowCalls.EVENTUAL,
                "a missed provision payment " + actionRef + " on a remedy case");
        assertThat(createdFor(created, actionRef)).as("payment actions for the one provision").hasSize(1);
        JsonNode remedyCase = calls.remedies("remedy-officer").get("/remedy-cases/" + createdFor(created, actionRef)
                .get(0).key()).expect(200).body();
        assertThat(remedyCase.path("source").asText()).isEqualTo("MISSED_PROVISION");
        assertThat(remedyCase.path("childReferences").get(0).asText()).isEqualTo(childRef);
        String caseId = remedyCase.path("id").asText();
        assertThat(remedyCase.path("complaintId").isNull() || remedyCase.path("complaintId").isMissingNode()).isTrue();
        // the case is decided on the day the provision started, when the missed days stopped counting,
        // whatever day the announcement reached remedy-service
        LocalDate found = LocalDate.parse(remedyCase.path("decisionDate").asText());
        assertThat(found).isEqualTo(STARTED);
        assertThat(remedyCase.path("actions")).hasSize(1);
        // paid within one month of that day: + 1 calendar month, month ends clamped
        AgreedAction expected = AgreedAction.payment(actionRef, "P1M", found.plusMonths(1),
                MISSED_PENCE);
        List<AgreedAction> lost = AgreedAction.missingFrom(remedyCase.path("actions"), List.of(expected));
        assertThat(lost).as("missed provision payment on %s", remedyCase).isEmpty();
        JsonNode payment = remedyCase.path("actions").get(0);
        assertThat(payment.path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(payment.path("description").asText())
                .startsWith("Missed provision 2026-10-01 to 2026-11-07 (38 days)");

        // a remedy officer confirms the computed amount and the council pays it in full
        var remedyOfficer = calls.remedies("remedy-officer");
        String actionPath = "/remedy-cases/" + caseId + "/actions/" + payment.path("id").asText();
        assertThat(AgreedAction.find(remedyOfficer.post(actionPath + "/confirmation", null).expect(200).body(),
                expected.actionRef()).path("status").asText()).isEqualTo("OPEN");
        JsonNode paid = remedyOfficer.post(actionPath + "/payments", """
                {"kind":"MISSED_PROVISION","paidOn":"%s","amountPence":%d,"reference":"AP-2026-118830"}"""
                .formatted(found, MISSED_PENCE)).expect(201).body();
        assertThat(paid.path("complete").asBoolean()).isTrue();
        assertThat(paid.path("actions").get(0).path("shortfallPence").asLong()).isZero();

        // one announcement, one case: nothing applied twice
        assertThat(suite.remedies().database().count("select count(*) from remedy_case where assessment_id = ?::uuid",
                assessmentId)).as("remedy cases for the assessment").isEqualTo(1);
        FlowEvents events = FlowEvents.read(new TopicReader(suite.bootstrapServers()), Map.of(
                Topics.ASSESSMENTS, Set.of(assessmentId),
                Topics.REMEDIES, Set.of(caseId)));
        events.assertCounts(assessmentId, Map.of("assessment.missed-provision-recorded", 1));
        assertThat(events.of(assessmentId, "assessment.missed-provision-recorded").get(0).data()
                .path("weeklyAmountPence").asLong()).isEqualTo(WEEKLY_PENCE);
        events.assertCounts(caseId, Map.of("remedy.case-opened", 1, "remedy.action-created", 1,
                "remedy.payment-recorded", 1, "remedy.action-completed", 1, "remedy.case-completed", 1));
        assertThat(events.duplicated()).isZero();

        RunReport.passed("Flow: late direct payments to a missed provision remedy",
                "direct payments started 38 days late → missed provision recorded → remedy of 65,143 pence "
                        + "confirmed and paid in full (sent = commands)",
                calls.commandsSent(), remedyCase.path("actions").size(), events.delivered(), events.duplicated(),
                lost.size());
    }

    private static List<EventRecord> createdFor(List<EventRecord> records, String actionRef) {
        return records.stream()
                .filter(r -> "remedy.action-created".equals(r.shortType()))
                .filter(r -> actionRef.equals(r.data().path("actionRef").asText()))
                .toList();
    }
}
