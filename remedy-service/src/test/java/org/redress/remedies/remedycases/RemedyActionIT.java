package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Actions followed to completion over HTTP: payments with shortfalls, completion rules, events, locking. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RemedyActionIT {

    @Inject
    Clock clock;

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final String PAYMENT_OF_690 = """
            {"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":69000}""";

    @Test
    void anUnderpaymentLeavesTheExactShortfallAndPayingTheRestCompletesTheCase() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS, PAYMENT_OF_690);
        String id = created.path("id");
        String apology = created.path("actions[0].id");
        String payment = created.path("actions[1].id");

        post(id, payment, "payments", """
                {"kind":"MISSED_PROVISION","paidOn":"2026-09-20","amountPence":54225,"reference":"AP-2026-1"}""")
                .statusCode(201)
                .body("actions[1].paidPence", equalTo(54225))
                // £690.00 − £542.25 = £147.75 still owed, and the action stays open: overdue, as it was due
                // on 1 October 2026
                .body("actions[1].shortfallPence", equalTo(14775))
                .body("actions[1].status", equalTo("OVERDUE"));
        post(id, payment, "payments", """
                {"kind":"MISSED_PROVISION","paidOn":"2026-09-25","amountPence":14776,"reference":"AP-2026-2"}""")
                .statusCode(422).body("rule", equalTo("remedy.payment-exceeds-amount-due"));
        post(id, payment, "completion", """
                {"completedOn":"2026-09-25"}""")
                .statusCode(422).body("rule", equalTo("remedy.payment-not-paid-in-full"));
        post(id, payment, "payments", """
                {"kind":"MISSED_PROVISION","paidOn":"2026-09-25","amountPence":14775,"reference":"AP-2026-2"}""")
                .statusCode(201)
                .body("actions[1].shortfallPence", equalTo(0))
                .body("actions[1].status", equalTo("COMPLETED"))
                .body("complete", equalTo(false));
        post(id, apology, "completion", """
                {"completedOn":"2026-09-10","apologySentOn":"2026-09-09"}""")
                .statusCode(200)
                .body("actions.status", contains("COMPLETED", "COMPLETED"))
                .body("complete", equalTo(true));

        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, id, 8, Duration.ofSeconds(20));
        assertThat(events).extracting(ReceivedCloudEvent::type).containsExactly(
                "org.redress.remedy.case-opened.v1",
                "org.redress.remedy.action-created.v1",
                "org.redress.remedy.action-created.v1",
                "org.redress.remedy.payment-recorded.v1",
                "org.redress.remedy.payment-recorded.v1",
                "org.redress.remedy.action-completed.v1",
                "org.redress.remedy.action-completed.v1",
                "org.redress.remedy.case-completed.v1");
        assertThat(events.get(3).dataJson().path("shortfallPence").asLong()).isEqualTo(14775);
        CloudEventRecords.assertNoMore(Topics.REMEDIES, id, 8, Duration.ofSeconds(2));

        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then()
                .statusCode(200)
                .body("kind", contains("ACTION_ADDED", "ACTION_ADDED", "PAYMENT", "PAYMENT", "COMPLETED", "COMPLETED"))
                .body("amountPence", contains(null, null, 54225, 14775, null, null));
    }

    @Test
    void aPaymentRetriedWithTheSameIdempotencyKeyIsRecordedOnce() {
        var created = openCase(PAYMENT_OF_690);
        String key = "payment-" + System.nanoTime();
        for (int attempt = 0; attempt < 2; attempt++) {
            Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body("""
                    {"kind":"DISTRESS","paidOn":"2026-09-20","amountPence":10000,"reference":"AP-2026-9"}""")
                    .when().post("/remedy-cases/{id}/actions/{a}/payments", (String) created.path("id"),
                            (String) created.path("actions[0].id"))
                    .then().statusCode(201).body("actions[0].paidPence", equalTo(10000));
        }
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", (String) created.path("id")).then()
                .body("actions[0].paidPence", equalTo(10000))
                .body("actions[0].shortfallPence", equalTo(59000));
    }

    @Test
    void anApologyNeedsTheDateItWasSent() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        post(created.path("id"), created.path("actions[0].id"), "completion", """
                {"completedOn":"2026-09-10"}""")
                .statusCode(422)
                .body("rule", equalTo("remedy.apology-without-date-sent"))
                .body("field", equalTo("apologySentOn"));
    }

    @Test
    void aServiceImprovementNeedsEvidence() {
        var created = openCase("""
                {"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"carer-assessments"}""");
        post(created.path("id"), created.path("actions[0].id"), "completion", """
                {"completedOn":"2026-10-10","evidenceRefs":[]}""")
                .statusCode(422)
                .body("rule", equalTo("remedy.service-improvement-without-evidence"));
    }

    @Test
    void aSharedDocumentNeedsEvidence() {
        var created = openCase("""
                {"actionRef":"A1","type":"SHARE_DOCUMENT","period":"P1M"}""");
        post(created.path("id"), created.path("actions[0].id"), "completion", """
                {"completedOn":"2026-09-20"}""")
                .statusCode(422)
                .body("rule", equalTo("remedy.share-document-without-evidence"))
                .body("field", equalTo("evidenceRefs"));
        post(created.path("id"), created.path("actions[0].id"), "completion", """
                {"completedOn":"2026-09-20","evidenceRefs":["DOC-88121"]}""")
                .statusCode(200).body("complete", equalTo(true));
    }

    @Test
    void evidenceToTheOmbudsmanNeedsEvidence() {
        var created = openCase("""
                {"actionRef":"A1","type":"EVIDENCE_TO_OMBUDSMAN","period":"P3M"}""");
        post(created.path("id"), created.path("actions[0].id"), "completion", """
                {"completedOn":"2026-10-10","evidenceRefs":[]}""")
                .statusCode(422)
                .body("rule", equalTo("remedy.evidence-to-ombudsman-without-evidence"))
                .body("field", equalTo("evidenceRefs"));
    }

    @Test
    void progressMovesAnActionOnAndAStaleVersionIsRefused() {
        // decided today, so the apology is not yet due and its progress shows
        var created = open(decision(UUID.randomUUID(), LocalDate.now(clock), "[]", APOLOGY_IN_FOUR_WEEKS))
                .statusCode(201).extract();
        String id = created.path("id");
        String action = created.path("actions[0].id");
        int version = created.path("version");

        post(id, action, "progress", """
                {"note":"Draft with the Director","evidenceRefs":["DOC-1"],"expectedVersion":%d}""".formatted(version))
                .statusCode(200)
                .body("actions[0].status", equalTo("IN_PROGRESS"))
                .body("version", equalTo(version + 1));
        post(id, action, "progress", """
                {"note":"Signed","expectedVersion":%d}""".formatted(version))
                .statusCode(409);
    }

    @Test
    void theETagIsTheVersionAndAStaleIfMatchIsRefusedAsAConcurrentUpdate() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        String id = created.path("id");
        String action = created.path("actions[0].id");
        int version = created.path("version");
        String read = Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"" + version + "\"")).extract().header("ETag");

        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("If-Match", read).body("""
                {"note":"Draft with the Director"}""")
                .when().post("/remedy-cases/{id}/actions/{a}/progress", id, action).then()
                .statusCode(200).body("version", equalTo(version + 1))
                // a change answers the case's new version as its ETag, as a read does
                .header("ETag", equalTo("\"" + (version + 1) + "\""));
        // a second officer still holding the first read is refused, whatever the change
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("If-Match", read).body("""
                {"completedOn":"2026-09-10","apologySentOn":"2026-09-09"}""")
                .when().post("/remedy-cases/{id}/actions/{a}/completion", id, action).then()
                .statusCode(409).body("type", equalTo("urn:redress:problem:concurrent-update"));
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("If-Match", read).body("""
                {"actionRef":"A9","type":"NAMED_CONTACT","period":"P14D"}""")
                .when().post("/remedy-cases/{id}/actions", id).then()
                .statusCode(409).body("type", equalTo("urn:redress:problem:concurrent-update"));
        // in progress, and read as overdue: the apology was due on 29 September 2026
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                .header("ETag", equalTo("\"" + (version + 1) + "\""))
                .body("actions.status", contains("OVERDUE"));
        // with the fresh ETag the change goes through
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("If-Match", "\"" + (version + 1) + "\"").body("""
                {"completedOn":"2026-09-10","apologySentOn":"2026-09-09"}""")
                .when().post("/remedy-cases/{id}/actions/{a}/completion", id, action).then()
                .statusCode(200).body("complete", equalTo(true));
    }

    @Test
    void anIfMatchThatIsNotAQuotedVersionIsABadRequest() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).header("If-Match", "yesterday").body("""
                {"note":"Draft"}""")
                .when().post("/remedy-cases/{id}/actions/{a}/progress", (String) created.path("id"),
                        (String) created.path("actions[0].id")).then()
                .statusCode(400);
    }

    @Test
    void anActionAddedLaterIsDueFromTheDecisionDate() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"actionRef":"A9","type":"NAMED_CONTACT","period":"P14D","description":"Named contact","owner":"Team manager"}""")
                .when().post("/remedy-cases/{id}/actions", (String) created.path("id")).then()
                .statusCode(201)
                .body("actions.actionRef", contains("A1", "A9"))
                .body("actions[1].dueDate", equalTo("2026-09-15"))
                .body("actions[1].owner", equalTo("Team manager"));
    }

    @Test
    void anUnknownActionIsNotFound() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        post(created.path("id"), UUID.randomUUID().toString(), "progress", """
                {"note":"x"}""").statusCode(404);
    }

    @Test
    void aPaymentOfNinetyTwoQuadrillionPoundsOrOnADateNoPaymentHadIsRefusedNamingTheField() {
        var created = openCase(PAYMENT_OF_690);
        String id = created.path("id");
        String payment = created.path("actions[0].id");
        post(id, payment, "payments", """
                {"kind":"DISTRESS","paidOn":"2026-09-20","amountPence":9223372036854775807,"reference":"AP-2026-1"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("amountPence"));
        for (String paidOn : List.of("0001-01-01", "-0001-01-01", "+10000-01-01")) {
            post(id, payment, "payments", """
                    {"kind":"DISTRESS","paidOn":"%s","amountPence":100,"reference":"AP-2026-1"}""".formatted(paidOn))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("paidOn"));
        }
        post(id, payment, "payments", """
                {"kind":"DISTRESS","paidOn":"2026-09-20","amountPence":100,"reference":"%s"}""".formatted("A".repeat(65)))
                .statusCode(400)
                .body("field", equalTo("reference"));
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then()
                .body("actions[0].paidPence", equalTo(0));
    }

    @Test
    void aCompletionDatedInTheFutureOrAnApologySentAfterItIsRefused() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        String id = created.path("id");
        String apology = created.path("actions[0].id");
        post(id, apology, "completion", """
                {"completedOn":"+10000-01-01","apologySentOn":"2026-09-09"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("completedOn"));
        post(id, apology, "completion", """
                {"completedOn":"2026-09-10","apologySentOn":"0001-01-01"}""")
                .statusCode(400)
                .body("field", equalTo("apologySentOn"));
        // the apology was sent after the action was recorded as done: the dates are the wrong way round
        post(id, apology, "completion", """
                {"completedOn":"2026-09-10","apologySentOn":"2026-09-11"}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("remedy.apology-sent-after-completion"))
                .body("field", equalTo("apologySentOn"));
    }

    @Test
    void progressWithTooMuchOrNullEvidenceIsRefused() {
        var created = openCase(APOLOGY_IN_FOUR_WEEKS);
        String id = created.path("id");
        String apology = created.path("actions[0].id");
        post(id, apology, "progress", """
                {"note":"drafted","evidenceRefs":[null]}""")
                .statusCode(400)
                .body("field", startsWith("evidenceRefs[0]"));
        post(id, apology, "progress", """
                {"note":"%s"}""".formatted("x".repeat(2001)))
                .statusCode(400)
                .body("field", equalTo("note"));
    }

    private static ExtractableResponse<Response> openCase(String... actions) {
        return open(decision(UUID.randomUUID(), DECIDED, "[]", actions)).statusCode(201).extract();
    }

    private static ValidatableResponse post(String caseId, String actionId, String what, String body) {
        return Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(body).when()
                .post("/remedy-cases/{id}/actions/{actionId}/" + what, caseId, actionId).then();
    }
}
