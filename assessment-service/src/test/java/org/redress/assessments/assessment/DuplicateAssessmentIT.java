package org.redress.assessments.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A referral has one assessment of each type: a second one for the same referral and type is a
 * conflict the caller can act on (409 naming the rule), not a failure of the service, and the answer
 * never echoes the referral it clashed on.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class DuplicateAssessmentIT {

    private static ValidatableResponse open(String referral) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON)
                .body("""
                        {"referralId":"%s","assessmentType":"PARENT_CARER"}""".formatted(referral))
                .when().post("/assessments").then();
    }

    @Test
    void aSecondAssessmentOfTheSameTypeForTheSameReferralIsAConflictNamingTheRule() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 20));
        open(referral).statusCode(201);

        var conflict = open(referral).statusCode(409).extract();
        open(referral)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", notNullValue())
                .body("type", equalTo(ProblemTypes.forRule(conflict.path("rule"))))
                .body("detail", not(containsString(referral)));
    }
}
