package org.redress.assessments.cinplan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Child in need plans over HTTP: review dates and overdue reviews (today: Wed 25 Nov 2026). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ChildInNeedPlanIT {

    private static ValidatableResponse post(String path, String body, Object id) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when().post(path, id).then();
    }

    private static String completedAssessment(LocalDate received) {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-530001","receivedDate":"%s","referrerType":"SCHOOL"}""".formatted(received))
                .statusCode(201).extract().path("id");
        String id = post("/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
        post("/assessments/{id}/completion", "{}", id).statusCode(200);
        return id;
    }

    @Test
    void reviewsAreDueThreeMonthsAfterTheStartThenSixMonthsAfterEachReview() {
        String id = completedAssessment(LocalDate.of(2026, 4, 1));
        post("/assessments/{id}/plan", "{\"startDate\":\"2026-05-31\"}", id).statusCode(200)
                .body("plan.startDate", equalTo("2026-05-31"))
                .body("plan.nextReviewDue", equalTo("2026-08-31"))
                .body("plan.nextReviewState", equalTo("OVERDUE"))
                .body("plan.reviewOverdue", equalTo(true));
        // on time; 31 August + 6 months is clamped to the end of February
        post("/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-08-31\"}", id).statusCode(200)
                .body("plan.reviews", equalTo(List.of("2026-08-31")))
                .body("plan.nextReviewDue", equalTo("2027-02-28"))
                .body("plan.nextReviewState", equalTo("ON_TRACK"))
                .body("plan.reviewOverdue", equalTo(false))
                .body("flags.code", not(hasItem("cin-plan.review-late")))
                .body("timeline.what", hasItem("CIN_PLAN_REVIEWED"));
        post("/assessments/{id}/plan", "{\"startDate\":\"2026-06-01\"}", id).statusCode(409)
                .body("type", equalTo("urn:redress:problem:cin-plan.already-started"));
    }

    @Test
    void anOverdueReviewIsShownAndALateReviewIsFlagged() {
        String id = completedAssessment(LocalDate.of(2026, 2, 2));
        post("/assessments/{id}/plan", "{\"startDate\":\"2026-03-02\"}", id).statusCode(200);
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("plan.nextReviewDue", equalTo("2026-06-02"))
                .body("plan.nextReviewState", equalTo("OVERDUE"))
                .body("plan.reviewOverdue", equalTo(true));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("planReview", "OVERDUE").queryParam("size", 100).when()
                .get("/assessments").then().statusCode(200).body("items.id", hasItem(id));
        post("/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-07-01\"}", id).statusCode(200)
                .body("plan.nextReviewDue", equalTo("2027-01-01"))
                .body("plan.nextReviewState", equalTo("ON_TRACK"))
                .body("flags.findAll { it.code == 'cin-plan.review-late' }.about", equalTo(List.of("2026-06-02")));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("planReview", "OVERDUE").queryParam("size", 100).when()
                .get("/assessments").then().statusCode(200).body("items.id", not(hasItem(id)));
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).queryParam("planReview", "OVERDUE").queryParam("clock", "OVERDUE").when()
                .get("/assessments").then().statusCode(400);
        post("/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-12-01\"}", id).statusCode(400)
                .body("type", equalTo("urn:redress:problem:validation"))
                .body("field", equalTo("reviewedOn"));
    }

    @Test
    void aPlanNeedsACompletedAssessment() {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-530002","receivedDate":"2026-11-20","referrerType":"SCHOOL"}""")
                .statusCode(201).extract().path("id");
        String id = post("/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
        post("/assessments/{id}/plan", "{\"startDate\":\"2026-11-25\"}", id).statusCode(409)
                .body("type", equalTo("urn:redress:problem:cin-plan.assessment-not-completed"));
        post("/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-11-25\"}", id).statusCode(409)
                .body("type", equalTo("urn:redress:problem:cin-plan.not-started"));
    }
}
