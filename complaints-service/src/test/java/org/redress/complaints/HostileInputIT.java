package org.redress.complaints;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;
import static org.redress.complaints.intake.IntakeRequests.register;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.contracts.Bounds;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Mistaken and hostile values at complaints-service's edge: each is refused with a problem detail
 * naming the field or the rule, and none is stored or answers 500.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class HostileInputIT {

    /** Monday 5 January 2026, as in {@link org.redress.complaints.intake.IntakeRequests#RECEIVED}. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final String FINDINGS = """
            [{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}]""";

    private static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json");
    }

    private static String receivedOn(String date) {
        return complaintReceivedOn(RECEIVED).replace("\"2026-01-05\"", "\"" + date + "\"");
    }

    private static String withPoints(List<String> points) {
        String json = points.stream().map(p -> "\"" + p + "\"").reduce((a, b) -> a + "," + b).orElseThrow();
        return complaintReceivedOn(RECEIVED).replace(
                "\"points\":[\"The assessment took too long\",\"No short breaks were offered\"]", "\"points\":[" + json + "]");
    }

    private static ValidatableResponse respondWithActions(String id, String actions) {
        return post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                {"decidedOn":"2026-01-16","findings":%s,"actions":%s}""".formatted(FINDINGS, actions));
    }

    @Nested
    class ADateOutsideWhatCanHaveHappened {

        @Test
        void aComplaintReceivedInYearOneIsRefusedNamingTheField() {
            refused(register(receivedOn("0001-01-01")), 400).body("field", equalTo("receivedDate"));
        }

        @Test
        void aNegativeOrFiveDigitYearIsRefusedNamingTheField() {
            refused(register(receivedOn("-0001-01-01")), 400).body("field", equalTo("receivedDate"));
            refused(register(receivedOn("+99999-01-01")), 400).body("field", equalTo("receivedDate"));
        }

        @Test
        void aComplaintReceivedTomorrowIsRefusedNamingTheField() {
            refused(register(complaintReceivedOn(LocalDate.now().plusDays(1))), 400).body("field", equalTo("receivedDate"));
        }

        @Test
        void aMatterThatAroseBefore2000IsRefused() {
            refused(register(complaintReceivedOn(RECEIVED).replace("\"desiredOutcomes\"",
                    "\"matterArose\":\"1999-12-31\",\"desiredOutcomes\"")), 400).body("field", equalTo("matterArose"));
        }

        @Test
        void anAnnualReportOverImplausibleDatesIsRefused() {
            refused(Tokens.as(Roles.AUDITOR).queryParam("from", "0001-01-01").queryParam("to", "2026-12-31")
                    .when().get("/reports/annual").then(), 400).body("field", containsString("from"));
            refused(Tokens.as(Roles.AUDITOR).queryParam("from", "2026-01-01").queryParam("to", "+99999-12-31")
                    .when().get("/reports/annual").then(), 400).body("field", containsString("to"));
        }
    }

    @Nested
    class TextAndListsWithinTheirBounds {

        @Test
        void aPointAsLongAsTheBoundIsKeptAndOneCharacterMoreIsRefused() {
            String longest = "a".repeat(Bounds.MAX_NARRATIVE_LENGTH);
            register(withPoints(List.of(longest, "No short breaks were offered"))).statusCode(201);
            refused(register(withPoints(List.of(longest + "a", "No short breaks were offered"))), 400)
                    .body("field", startsWith("points"));
        }

        @Test
        void tooManyPointsAreRefused() {
            refused(register(withPoints(Collections.nCopies(Bounds.MAX_LIST_SIZE + 1, "A point"))), 400)
                    .body("field", equalTo("points"));
        }

        @Test
        void aNullAmongTheDeclinedPointsIsRefusedNotAFailure() {
            String id = IntakeRequests.registerAndGetId(RECEIVED);
            refused(post(Roles.COMPLAINTS_MANAGER, "/declines", id, """
                    {"scope":"PART","points":[2,null],"proceedings":"CRIMINAL","declinedOn":"2026-01-07",
                     "complainantToldInWritingOn":"2026-01-07","reviewOn":"2026-03-07"}"""), 400)
                    .body("field", startsWith("points"));
            get(id).body("declines", empty());
        }

        @Test
        void aPageFarBeyondTheLastIsEmptyNotAFailure() {
            Tokens.as(Roles.COMPLAINTS_OFFICER).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                    .when().get("/complaints").then().statusCode(200).body("items", empty());
        }
    }

    @Nested
    class AgreedActions {

        @Test
        void aPeriodOfNineThousandMonthsIsRefusedNamingTheRule() {
            String id = IntakeRequests.registerAndGetId(RECEIVED);
            refused(respondWithActions(id, """
                    [{"actionRef":"A1","type":"APOLOGY","period":"P9999M"}]"""), 422)
                    .body("type", equalTo("urn:redress:problem:action.period-too-long"));
            get(id).body("state", equalTo("STAGE_1_OPEN"));
        }

        @Test
        void anAmountOverTheBoundIsRefusedNamingTheField() {
            String id = IntakeRequests.registerAndGetId(RECEIVED);
            refused(respondWithActions(id, """
                    [{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":%d}]""".formatted(
                    Bounds.MAX_AMOUNT_PENCE + 1)), 400).body("field", containsString("amountPence"));
            refused(respondWithActions(id, """
                    [{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":9223372036854775807}]"""), 400);
            get(id).body("state", equalTo("STAGE_1_OPEN"));
        }
    }

    @Nested
    class FactsInOrder {

        @Test
        void aComplainantToldOfAHoldBeforeTheComplaintWasReceivedIsRefusedNamingTheRule() {
            String id = IntakeRequests.registerAndGetId(RECEIVED);
            refused(post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                    {"reason":"LEGAL_PROCEEDINGS","heldOn":"2026-01-07","complainantToldOn":"2026-01-02","reviewOn":"2026-02-07"}"""),
                    422)
                    .body("type", equalTo("urn:redress:problem:date.before-receipt"))
                    .body("field", equalTo("complainantToldOn"));
            get(id).body("holds", empty());
        }
    }

    @Nested
    class StageOneRecommendations {

        @Test
        void areStoredAndShownLikeStageTwos() {
            String id = IntakeRequests.registerAndGetId(RECEIVED);
            post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                    {"decidedOn":"2026-01-16","findings":%s,"actions":[],
                     "recommendations":[{"reference":"R1","accepted":true},
                                        {"reference":"R2","accepted":false,"rejectionReason":"Already recommissioned"}]}"""
                    .formatted(FINDINGS)).statusCode(200);
            get(id).body("stageOneResponse.recommendations.reference", equalTo(List.of("R1", "R2")))
                    .body("stageOneResponse.recommendations[1].accepted", equalTo(false))
                    .body("stageOneResponse.recommendations[1].rejectionReason", equalTo("Already recommissioned"));
        }
    }
}
