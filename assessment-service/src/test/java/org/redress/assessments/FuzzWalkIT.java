package org.redress.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;
import org.redress.testkit.fuzz.FuzzWalkContract;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Hostile and mistaken input on every operation: each operation on a referral or an assessment
 * gets a fresh one, so the walk reaches the assessment rules and not only their 404.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class FuzzWalkIT extends FuzzWalkContract {

    /** Two days before the service's (test) today. */
    private static final LocalDate RECEIVED = TestClock.TODAY.minusDays(2);

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    /** A member of the children's social care team, where the assessments the walk opens are carried out. */
    @Override
    protected String tokenFor(String role) {
        return DevTokens.mint(DevTokens.TokenRequest.forRoles("test-" + role, List.of(role))
                .withTeam(AssessmentRequests.CHILDRENS_TEAM));
    }

    @Override
    protected Map<String, String> pathValues(OpenApiOperation operation) {
        if (operation.template().startsWith("/referrals/{id}")) {
            return Map.of("id", ReferralRequests.recordAndGetId(RECEIVED));
        }
        if (operation.template().startsWith("/assessments/{id}")) {
            String referral = ReferralRequests.recordAndGetId(RECEIVED);
            return Map.of("id", Tokens.as(Roles.SOCIAL_WORKER).contentType(ContentType.JSON)
                    .body("{\"decision\":\"S17_ASSESSMENT\"}").when().post("/referrals/{id}/decision", referral)
                    .then().statusCode(200).extract().path("assessmentId"));
        }
        return Map.of();
    }
}
