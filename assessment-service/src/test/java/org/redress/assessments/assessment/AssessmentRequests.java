package org.redress.assessments.assessment;

import java.time.LocalDate;

import org.redress.assessments.TestClock;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The assessment feature's request fixture: sends assessment requests for the HTTP tests, each with its own data. */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    public static ValidatableResponse post(String path, String body, Object id) {
        var request = Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when();
        return (id == null ? request.post(path) : request.post(path, id)).then();
    }

    public static ValidatableResponse put(String path, String body, Object id) {
        return Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when().put(path, id).then();
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
