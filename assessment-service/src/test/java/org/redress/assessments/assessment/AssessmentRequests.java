package org.redress.assessments.assessment;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;

import org.redress.assessments.TestClock;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The assessment feature's request fixture: sends assessment requests for the HTTP tests, each with its own data. */
public final class AssessmentRequests {

    /** The team an assessment is carried out by when none is asked for (referrals, remedies, POST without one). */
    public static final String CHILDRENS_TEAM = "CHILDRENS_SOCIAL_CARE";
    public static final String ADULTS_TEAM = "ADULT_SOCIAL_CARE";

    private AssessmentRequests() {
    }

    /**
     * A request as the test user holding {@code role} ({@code Tokens.as}, the same subject) working in the children's
     * social care team, the team the tests' assessments are opened in: a social worker or team manager there sees
     * and acts on every one of them, as the rule of who sees which assessment lets them.
     */
    public static RequestSpecification inChildrensTeam(String role) {
        return given().auth().oauth2(DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role, List.of(role))
                .withTeam(CHILDRENS_TEAM)));
    }

    public static ValidatableResponse post(String path, String body, Object id) {
        var request = inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when();
        return (id == null ? request.post(path) : request.post(path, id)).then();
    }

    public static ValidatableResponse put(String path, String body, Object id) {
        return inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when().put(path, id).then();
    }

    /** A child in need assessment opened by an s17 decision on a referral received on {@code received}. */
    public static String assessmentFromReferral(LocalDate received, boolean disabled) {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-520001","receivedDate":"%s","referrerType":"HEALTH","disabledChild":%s}"""
                .formatted(received, disabled)).statusCode(201).extract().path("id");
        return post("/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
    }

    public static LocalDate workingDaysBeforeToday(int days) {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate date = TestClock.TODAY;
        while (calendar.workingDaysBetween(date, TestClock.TODAY) < days) {
            date = date.minusDays(1);
        }
        return date;
    }

    public static ValidatableResponse complete(String id, String body) {
        return post("/assessments/{id}/completion", body, id);
    }
}
