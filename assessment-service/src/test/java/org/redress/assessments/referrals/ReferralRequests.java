package org.redress.assessments.referrals;

import java.time.LocalDate;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The referrals feature's request fixture: builds and sends referral requests for the HTTP tests, each with its own data. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    public static String referralReceivedOn(LocalDate received) {
        return """
                {"childRef":"CR-104233","receivedDate":"%s","referrerType":"SCHOOL",
                 "concerns":["EDUCATION","EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT"]}""".formatted(received);
    }

    public static ValidatableResponse record(String body) {
        return Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body(body).when().post("/referrals").then();
    }

    public static String recordAndGetId(LocalDate received) {
        return record(referralReceivedOn(received)).statusCode(201).extract().path("id");
    }
}
