package org.redress.assessments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Mistaken and hostile values at the edge of assessment-service (today: Wed 25 Nov 2026): each is
 * refused with a problem detail naming the field or the rule, and none is stored where it would
 * break a later read, a figure or another service's consumer.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ImplausibleInputIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALIDATION = "urn:redress:problem:validation";

    private static ValidatableResponse send(String method, String path, String body, Object... params) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when()
                .request(method, path, params).then();
    }

    private static ValidatableResponse refusedAsInvalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(PROBLEM).body("type", equalTo(VALIDATION))
                .body("errors.field", hasItem(containsString(field)));
    }

    private static String referral(String childRef, LocalDate received) {
        return ReferralRequests.record("""
                {"childRef":"%s","receivedDate":"%s","referrerType":"SCHOOL"}""".formatted(childRef, received))
                .statusCode(201).extract().path("id");
    }

    /** A completed child in need assessment (started 2 Nov 2026) with an eligible need N1 not met. */
    private static String completedWithUnmetNeed(String childRef) {
        String referral = referral(childRef, LocalDate.of(2026, 11, 2));
        String id = send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                .statusCode(200).extract().path("assessmentId");
        send("PUT", "/assessments/{id}/needs", """
                {"code":"N1","area":"EDUCATION","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Needs a tutor at home; none is arranged yet"}""", id).statusCode(200);
        send("POST", "/assessments/{id}/completion", "{}", id).statusCode(200);
        return id;
    }

    private static String provision(String amount, String shouldHaveStarted, String startedOn) {
        return """
                {"needCode":"N1","kind":"SERVICE",%s,"shouldHaveStarted":"%s","startedOn":"%s"}"""
                .formatted(amount, shouldHaveStarted, startedOn);
    }

    @Nested
    class Provision {

        @Test
        void aWeeklyAmountOfLongMaxValueIsRefusedAndTheAssessmentStaysReadable() {
            String id = completedWithUnmetNeed("CR-610001");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision",
                    provision("\"weeklyAmountPence\":9223372036854775807", "2026-11-10", "2026-11-20"), id),
                    "weeklyAmountPence");
            Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200);
            Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/assessments").then().statusCode(200);
        }

        @Test
        void aWeeklyAmountOnePennyAboveTheBoundIsRefusedAndTheBoundItselfIsAccepted() {
            String id = completedWithUnmetNeed("CR-610002");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision", provision(
                    "\"weeklyAmountPence\":" + (Bounds.MAX_AMOUNT_PENCE + 1), "2026-11-10", "2026-11-20"), id),
                    "weeklyAmountPence");
            // ten years missed at the largest plausible amount: an exact figure, not an overflow
            send("POST", "/assessments/{id}/provision", provision(
                    "\"weeklyAmountPence\":" + Bounds.MAX_AMOUNT_PENCE, "2016-11-25", "2026-11-25"), id)
                    .statusCode(200)
                    .body("provisions[0].missedDays", equalTo(3652))
                    .body("provisions[0].missedAmountPence", equalTo(521714285714L));
        }

        @ParameterizedTest
        @ValueSource(strings = { "168.01", "-1", "0.001" })
        void implausibleHoursAWeekAreRefused(String hours) {
            String id = completedWithUnmetNeed("CR-610003");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision",
                    provision("\"hoursPerWeek\":" + hours + ",\"hourlyRatePence\":1850", "2026-11-10", "2026-11-20"), id),
                    "hoursPerWeek");
        }

        @Test
        void hoursNoCalculationCanUseAreRefusedWhenTheBodyIsRead() {
            // 1e308 was a 500: the strict JSON reader refuses it before any bound is checked, naming the field
            String id = completedWithUnmetNeed("CR-610015");
            send("POST", "/assessments/{id}/provision",
                    provision("\"hoursPerWeek\":1e308,\"hourlyRatePence\":1850", "2026-11-10", "2026-11-20"), id)
                    .statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(ProblemTypes.MALFORMED_REQUEST))
                    .body("field", equalTo("hoursPerWeek"));
        }

        @Test
        void anHourlyRateAboveTheBoundIsRefused() {
            String id = completedWithUnmetNeed("CR-610004");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision", provision(
                    "\"hoursPerWeek\":6,\"hourlyRatePence\":" + Long.MAX_VALUE, "2026-11-10", "2026-11-20"), id),
                    "hourlyRatePence");
        }

        @Test
        void hoursAtAnHourlyRateWorthMoreThanTheBoundAWeekBreakTheAmountRule() {
            String id = completedWithUnmetNeed("CR-610005");
            send("POST", "/assessments/{id}/provision", provision(
                    "\"hoursPerWeek\":168,\"hourlyRatePence\":" + Bounds.MAX_AMOUNT_PENCE, "2026-11-10", "2026-11-20"), id)
                    .statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("urn:redress:problem:provision.amount-implausible"))
                    .body("field", equalTo("weeklyAmountPence"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "0001-01-01", "1999-12-31", "-0001-01-01", "+10000-01-01" })
        void implausibleDatesAreRefused(String date) {
            String id = completedWithUnmetNeed("CR-610006");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision",
                    provision("\"weeklyAmountPence\":5000", date, "2026-11-20"), id), "shouldHaveStarted");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision",
                    provision("\"weeklyAmountPence\":5000", "2026-11-10", date), id), "startedOn");
        }

        @Test
        void aStartInTheFutureIsRefused() {
            String id = completedWithUnmetNeed("CR-610007");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision",
                    provision("\"weeklyAmountPence\":5000", "2026-11-10", "2026-11-26"), id), "startedOn");
        }

        @Test
        void aNeedCodeLongerThanAReferenceIsRefused() {
            String id = completedWithUnmetNeed("CR-610009");
            refusedAsInvalid(send("POST", "/assessments/{id}/provision", """
                    {"needCode":"%s","kind":"SERVICE","weeklyAmountPence":5000,"shouldHaveStarted":"2026-11-10",
                     "startedOn":"2026-11-20"}""".formatted("N".repeat(Bounds.MAX_REFERENCE_LENGTH + 1)), id), "needCode");
        }
    }

    @Nested
    class OpeningAssessments {

        private ValidatableResponse open(String referral, String type) {
            return send("POST", "/assessments", """
                    {"referralId":"%s","assessmentType":"%s"}""".formatted(referral, type));
        }

        @Test
        void aSecondAssessmentOfTheSameTypeForOneReferralIsAConflictNamingTheRule() {
            String referral = referral("CR-610101", LocalDate.of(2026, 11, 20));
            String first = open(referral, "PARENT_CARER").statusCode(201).extract().path("id");
            open(referral, "PARENT_CARER")
                    .statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("urn:redress:problem:assessment.already-opened-for-referral"))
                    .body("field", equalTo("assessmentType"))
                    .body("detail", containsString(first));
            // another type for the same referral is still an assessment of its own
            open(referral, "YOUNG_CARER").statusCode(201);
        }

        @Test
        void anS17DecisionOnAReferralWhoseChildInNeedAssessmentIsAlreadyOpenLinksThatAssessment() {
            String referral = referral("CR-610102", LocalDate.of(2026, 11, 20));
            String opened = open(referral, "CHILD_IN_NEED").statusCode(201).extract().path("id");
            send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                    .body("assessmentId", equalTo(opened));
        }

        @Test
        void aConditionLongerThanAReferenceIsRefused() {
            String referral = referral("CR-610103", LocalDate.of(2026, 11, 20));
            refusedAsInvalid(send("POST", "/assessments", """
                    {"referralId":"%s","assessmentType":"PARENT_CARER","conditions":["%s"]}"""
                    .formatted(referral, "C".repeat(Bounds.MAX_REFERENCE_LENGTH + 1))), "conditions[0]");
        }
    }

    @Nested
    class RecordingWork {

        private String open(String childRef) {
            String referral = referral(childRef, LocalDate.of(2026, 11, 2));
            return send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                    .statusCode(200).extract().path("assessmentId");
        }

        @Test
        void aNeedDescriptionLongerThanANarrativeIsRefusedAndOneAtTheBoundIsAccepted() {
            String id = open("CR-610201");
            String need = """
                    {"code":"N1","area":"EDUCATION","eligible":false,"description":"%s"}""";
            refusedAsInvalid(send("PUT", "/assessments/{id}/needs",
                    need.formatted("d".repeat(Bounds.MAX_NARRATIVE_LENGTH + 1)), id), "description");
            send("PUT", "/assessments/{id}/needs", need.formatted("d".repeat(Bounds.MAX_NARRATIVE_LENGTH)), id)
                    .statusCode(200);
        }

        @Test
        void anImplausibleCriteriaScoreIsRefused() {
            String id = open("CR-610202");
            refusedAsInvalid(send("PUT", "/assessments/{id}/needs", """
                    {"code":"N1","area":"EDUCATION","eligible":false,"criteriaScore":2147483647}""", id), "criteriaScore");
        }

        @Test
        void anAssessorIdentifierThatIsNotAReferenceIsRefused() {
            String id = open("CR-610203");
            refusedAsInvalid(send("POST", "/assessments/{id}/assessors",
                    "{\"assessor\":\"%s\"}".formatted("s".repeat(Bounds.MAX_REFERENCE_LENGTH + 1)), id), "assessor");
            refusedAsInvalid(send("POST", "/assessments/{id}/assessors", "{\"assessor\":\"sw 0147; drop\"}", id),
                    "assessor");
        }

        @Test
        void aCarersAssessmentReferenceThatIsNotAReferenceIsRefused() {
            String id = open("CR-610204");
            refusedAsInvalid(send("POST", "/assessments/{id}/completion", """
                    {"caringFamilyMembers":[{"relationship":"PARENT","carerAssessmentRef":"ASM 2026/1"}]}""", id),
                    "carerAssessmentRef");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = { "0001-01-01", "1999-12-31", "-0001-01-01", "+10000-01-01", "2026-11-26" })
        void aReferralReceivedOnAnImplausibleDayIsRefused(String date) {
            refusedAsInvalid(ReferralRequests.record("""
                    {"childRef":"CR-610301","receivedDate":"%s","referrerType":"SCHOOL"}""".formatted(date)),
                    "receivedDate");
        }

        @Test
        void aReferralReceivedOnTheEarliestPlausibleDayRunsItsClocksAndStaysReadable() {
            String referral = referral("CR-610304", Bounds.EARLIEST_CASE_DATE);
            String id = send("POST", "/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral)
                    .statusCode(200).extract().path("assessmentId");
            Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", id).then().statusCode(200)
                    .body("startDate", equalTo("2000-01-01"))
                    .body("clock.state", equalTo("OVERDUE"));
            send("POST", "/assessments/{id}/completion", "{}", id).statusCode(200).body("clock.state", equalTo("MISSED"));
        }

        @Test
        void aPlanStartedOrReviewedInYearOneIsRefused() {
            String id = completedWithUnmetNeed("CR-610302");
            refusedAsInvalid(send("POST", "/assessments/{id}/plan", "{\"startDate\":\"0001-01-01\"}", id), "startDate");
            send("POST", "/assessments/{id}/plan", "{\"startDate\":\"2026-11-25\"}", id).statusCode(200);
            refusedAsInvalid(send("POST", "/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"0001-01-01\"}", id),
                    "reviewedOn");
        }

        @Test
        void anEhcPlanIssuedInYearOneIsRefused() {
            refusedAsInvalid(send("POST", "/children/{childRef}/ehc-plan-updates",
                    "{\"issuedOn\":\"0001-01-01\",\"noSocialCareNeeds\":false}", "CR-610303"), "issuedOn");
        }
    }

    @Nested
    class Paging {

        @ParameterizedTest
        @ValueSource(strings = { "/assessments", "/referrals", "/unmet-needs", "/children/CR-610401/ehc-plan-updates" })
        void aPageBeyondAnyPlausibleListIsRefused(String path) {
            refusedAsInvalid(Tokens.as(Roles.AUDITOR).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                    .when().get(path).then(), "page");
        }
    }
}
