package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import io.restassured.response.ValidatableResponse;

/** What councils agree beyond a child's reassessment, over HTTP: a carer's assessment and a financial remedy. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AgreedActionTypesIT {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);
    private static final String CARERS_ASSESSMENT = """
            {"actionRef":"A5","type":"CARERS_ASSESSMENT","period":"P1M","personRef":"AR-220871","carerType":"PARENT_CARER",
             "description":"Offer the mother a separate carer's assessment"}""";
    private static final String CONSIDER_PAYMENT = """
            {"actionRef":"A7","type":"CONSIDER_FINANCIAL_REMEDY","period":"P1M",
             "description":"Consider a payment for the short breaks missed"}""";

    @Test
    void aCarersAssessmentAsksForTheNamedCarersAssessmentAndShowsWhoItIsFor() {
        var created = open(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]", CARERS_ASSESSMENT)).statusCode(201)
                .body("actions[0].type", equalTo("CARERS_ASSESSMENT"))
                .body("actions[0].personRef", equalTo("AR-220871"))
                .body("actions[0].carerType", equalTo("PARENT_CARER"))
                .extract();
        String id = created.path("id");

        // case-opened, action-created, reassessment-requested
        List<ReceivedCloudEvent> events = CloudEventRecords.await(Topics.REMEDIES, id, 3, Duration.ofSeconds(20));
        var request = events.get(2);
        assertThat(request.type()).isEqualTo("org.redress.remedy.reassessment-requested.v1");
        assertThat(request.dataJson().path("assessmentType").asText()).isEqualTo("PARENT_CARER");
        assertThat(request.dataJson().path("carerRef").asText()).isEqualTo("AR-220871");
        assertThat(request.dataJson().path("childRef").asText()).isEqualTo("CR-104233");
        assertThat(request.dataJson().path("actionId").asText()).isEqualTo(created.path("actions[0].id"));
    }

    @Test
    void aPersonOrKindOfCarerIsRefusedWhereItDoesNotBelongAndRequiredWhereItDoes() {
        open(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]", """
                {"actionRef":"A1","type":"APOLOGY","period":"P4W","personRef":"CR-104233"}""")).statusCode(422)
                .body("rule", equalTo("remedy.person-on-other-action")).body("field", equalTo("actions[0].personRef"));
        open(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]", """
                {"actionRef":"A5","type":"CARERS_ASSESSMENT","period":"P1M","personRef":"AR-220871"}""")).statusCode(422)
                .body("rule", equalTo("remedy.carers-assessment-without-carer-type"))
                .body("field", equalTo("actions[0].carerType"));
        open(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]", """
                {"actionRef":"A6","type":"PUT_SERVICE_IN_PLACE","period":"P6W"}""")).statusCode(422)
                .body("rule", equalTo("remedy.action-without-person")).body("field", equalTo("actions[0].personRef"));
        open(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]", """
                {"actionRef":"A6","type":"PUT_SERVICE_IN_PLACE","period":"P6W","personRef":"CR 104233;"}""")).statusCode(400);
    }

    @Test
    void aFinancialRemedyAwardedAddsAPaymentTrackedUntilPaidAndShowsTheDecision() {
        var created = open(decision(UUID.randomUUID(), DECIDED, "[]", CONSIDER_PAYMENT)).statusCode(201).extract();
        String id = created.path("id");
        String considered = created.path("actions[0].id");

        post(id, considered, "completion", "{\"completedOn\":\"2026-09-20\"}").statusCode(422)
                .body("rule", equalTo("remedy.financial-remedy-without-decision"));
        post(id, considered, "financial-remedy-decision", "{\"outcome\":\"AWARDED\",\"decidedOn\":\"2026-09-20\"}")
                .statusCode(422).body("rule", equalTo("remedy.award-without-amount")).body("field", equalTo("amountPence"));

        var decided = post(id, considered, "financial-remedy-decision", """
                {"outcome":"AWARDED","amountPence":45000,"decidedOn":"2026-09-20"}""").statusCode(200)
                .body("actions", hasSize(2))
                .body("actions[0].status", equalTo("COMPLETED"))
                .body("actions[0].completedOn", equalTo("2026-09-20"))
                .body("actions[0].financialRemedy.outcome", equalTo("AWARDED"))
                .body("actions[0].financialRemedy.amountPence", equalTo(45000))
                .body("actions[0].financialRemedy.decidedOn", equalTo("2026-09-20"))
                .body("actions[0].financialRemedy.decidedBy", equalTo("test-" + Roles.REMEDY_OFFICER))
                .body("actions[1].type", equalTo("PAYMENT"))
                .body("actions[1].actionRef", equalTo("A7-PAY"))
                .body("actions[1].amountPence", equalTo(45000))
                .body("actions[1].agreedOn", equalTo("2026-09-20"))
                .body("actions[1].financialRemedy", nullValue())
                .body("complete", equalTo(false))
                .extract();
        String payment = decided.path("actions[1].id");
        assertThat((String) decided.path("actions[0].financialRemedy.paymentActionId")).isEqualTo(payment);

        post(id, payment, "payments", """
                {"kind":"MISSED_PROVISION","paidOn":"2026-09-25","amountPence":45000,"reference":"AP-2026-7"}""")
                .statusCode(201).body("complete", equalTo(true));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200)
                .body("kind", contains("ACTION_ADDED", "COMPLETED", "ACTION_ADDED", "PAYMENT", "COMPLETED"))
                .body("[1].note", equalTo("financial remedy awarded: 45000 pence (recorded by test-%s)"
                        .formatted(Roles.REMEDY_OFFICER)))
                .body("[1].on", equalTo("2026-09-20"));
    }

    @Test
    void aFinancialRemedyNotAwardedSaysWhy() {
        var created = open(decision(UUID.randomUUID(), DECIDED, "[]", CONSIDER_PAYMENT)).statusCode(201).extract();
        String id = created.path("id");
        String considered = created.path("actions[0].id");
        post(id, considered, "financial-remedy-decision", """
                {"outcome":"NOT_AWARDED","decidedOn":"2026-09-20"}""").statusCode(422)
                .body("rule", equalTo("remedy.no-award-without-reason")).body("field", equalTo("reason"));
        post(id, considered, "financial-remedy-decision", """
                {"outcome":"NOT_AWARDED","reason":"The short breaks were made up in the holidays","decidedOn":"2026-09-20"}""")
                .statusCode(200)
                .body("actions", hasSize(1))
                .body("actions[0].financialRemedy.outcome", equalTo("NOT_AWARDED"))
                .body("actions[0].financialRemedy.reason", equalTo("The short breaks were made up in the holidays"))
                .body("complete", equalTo(true));
    }

    private static ValidatableResponse post(String caseId, String actionId, String step, String body) {
        return Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/remedy-cases/{id}/actions/{a}/" + step, caseId, actionId).then();
    }
}
