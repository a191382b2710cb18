package org.redress.assessments.assessment;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.redress.assessments.TestClock;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;
import org.redress.testkit.EveryPage;
import org.redress.testkit.Tokens;

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

    /** A child in need assessment (children's social care) with {@code worker} assigned to it; its id. */
    public static String assignedTo(String worker) {
        String id = assessmentFromReferral(LocalDate.of(2026, 11, 20), false);
        assign(id, worker);
        return id;
    }

    /** Assigns {@code worker} to the children's team assessment {@code id} from 23 November 2026, as its team manager. */
    public static void assign(String id, String worker) {
        Tokens.asTeamMember(Roles.TEAM_MANAGER, "tm-assigning", CHILDRENS_TEAM).contentType(ContentType.JSON)
                .body("{\"assessor\":\"%s\",\"from\":\"2026-11-23\"}".formatted(worker))
                .when().post("/assessments/{id}/assessors", id).then().statusCode(200);
    }

    /** A staff reference no other test uses. */
    public static String staffReference() {
        return "sw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The {@code idField} of every item the list at {@code path} shows the caller, every page of it. */
    public static List<String> everyListed(Supplier<RequestSpecification> caller, String path, String idField) {
        return EveryPage.of(caller, path, idField).values();
    }
}
