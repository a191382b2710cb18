package org.redress.assessments.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.redress.assessments.assessment.AssessmentRequests.assessmentFromReferral;
import static org.redress.assessments.assessment.AssessmentRequests.complete;

import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Conditions a reassessment is to be carried out under (DOMAIN §3: e.g. minimise the children's contact with
 * professionals, a named contact for the family) can be added to an open assessment when they are agreed after it
 * opened: they show on the assessment and, with the day they were agreed and who recorded them, on its timeline.
 * Today is Wednesday 25 November 2026.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class AssessmentConditionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/assessments/{id}/conditions";
    private static final String FEWER_PROFESSIONALS = "Keep the children's contact with professionals to a minimum";
    private static final String NAMED_CONTACT = "One named contact for the family throughout: the team manager";
    private static final String SOCIAL_WORKER = "test-" + Roles.SOCIAL_WORKER;

    private static String assessment() {
        return assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
    }

    private static ValidatableResponse add(String role, String id, String body) {
        return AssessmentRequests.inChildrensTeam(role).contentType(ContentType.JSON).body(body).when().post(PATH, id).then();
    }

    private static ValidatableResponse add(String id, String body) {
        return add(Roles.SOCIAL_WORKER, id, body);
    }

    private static String body(String agreedOn, String... conditions) {
        ObjectNode body = JSON.createObjectNode();
        var list = body.putArray("conditions");
        for (String condition : conditions) {
            list.add(condition);
        }
        if (agreedOn != null) {
            body.put("agreedOn", agreedOn);
        }
        return body.toString();
    }

    @Test
    void conditionsAgreedOnADayAreOnTheAssessmentAndItsTimeline() {
        String id = assessment();
        add(id, body("2026-11-20", FEWER_PROFESSIONALS, NAMED_CONTACT)).statusCode(200)
                .body("conditions", contains(FEWER_PROFESSIONALS, NAMED_CONTACT));

        Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("conditions", contains(FEWER_PROFESSIONALS, NAMED_CONTACT))
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }.about",
                        contains(FEWER_PROFESSIONALS, NAMED_CONTACT))
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }.on", contains("2026-11-20", "2026-11-20"))
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }.recordedBy",
                        contains(SOCIAL_WORKER, SOCIAL_WORKER));
    }

    @Test
    void aConditionAlreadyRecordedIsNotRecordedTwiceAndADayNotGivenIsToday() {
        String id = assessment();
        add(id, body("2026-11-20", FEWER_PROFESSIONALS)).statusCode(200);
        add(id, body(null, FEWER_PROFESSIONALS, NAMED_CONTACT)).statusCode(200)
                .body("conditions", contains(FEWER_PROFESSIONALS, NAMED_CONTACT))
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }.on", contains("2026-11-20", "2026-11-25"))
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }.about",
                        contains(FEWER_PROFESSIONALS, NAMED_CONTACT));
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyAddsItsConditionsOnce() {
        String id = assessment();
        String body = body("2026-11-20", NAMED_CONTACT);
        for (String replayed : new String[] { null, "true" }) {
            AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", "conditions-" + id)
                    .body(body).when().post(PATH, id).then().statusCode(200).body("conditions", contains(NAMED_CONTACT))
                    .header("Idempotent-Replayed", equalTo(replayed));
        }
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("timeline.findAll { it.what == 'CONDITION_ADDED' }", hasSize(1));
    }

    @Test
    void aCompletedAssessmentTakesNoMoreConditions() {
        String id = assessment();
        complete(id, "{}").statusCode(200);
        add(id, body(null, NAMED_CONTACT)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:assessment.already-completed"))
                .body("rule", equalTo("assessment.already-completed"));
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("conditions", hasSize(0));
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefused() {
        String id = assessment();
        String read = AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        add(id, body(null, FEWER_PROFESSIONALS)).statusCode(200);
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("If-Match", read)
                .body(body(null, NAMED_CONTACT)).when().post(PATH, id).then().statusCode(409)
                .body("type", equalTo("urn:redress:problem:concurrent-update"));
    }

    @Test
    void onlyThoseCarryingOutTheAssessmentAddConditions() {
        String id = assessment();
        add(Roles.AUDITOR, id, body(null, NAMED_CONTACT)).statusCode(403);
        add(Roles.TEAM_MANAGER, id, body(null, NAMED_CONTACT)).statusCode(200);
    }

    @Nested
    class Refused {

        private ValidatableResponse refusedAsInvalid(ValidatableResponse response, String field) {
            return response.statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:validation"))
                    .body("errors.field", hasItem(containsString(field)));
        }

        @Test
        void noConditionsAtAll() {
            String id = assessment();
            refusedAsInvalid(add(id, body(null)), "conditions");
            refusedAsInvalid(add(id, "{}"), "conditions");
        }

        @Test
        void aBlankCondition() {
            refusedAsInvalid(add(assessment(), body(null, NAMED_CONTACT, " ")), "conditions[1]");
        }

        @Test
        void aConditionLongerThanAnyNarrative() {
            refusedAsInvalid(add(assessment(), body(null, "c".repeat(Bounds.MAX_NARRATIVE_LENGTH + 1))), "conditions[0]");
        }

        @Test
        void moreConditionsThanAListHolds() {
            String[] many = Collections.nCopies(Bounds.MAX_LIST_SIZE + 1, NAMED_CONTACT).toArray(String[]::new);
            refusedAsInvalid(add(assessment(), body(null, many)), "conditions");
        }

        @Test
        void aDayInTheFuture() {
            refusedAsInvalid(add(assessment(), body("2026-11-26", NAMED_CONTACT)), "agreedOn");
        }

        @Test
        void aDayBeforeTheAssessmentStarted() {
            String id = assessment();
            add(id, body("2026-11-01", NAMED_CONTACT)).statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:redress:problem:assessment.condition-before-started"))
                    .body("field", equalTo("agreedOn"));
            AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                    .body("conditions", hasSize(0));
        }
    }
}
