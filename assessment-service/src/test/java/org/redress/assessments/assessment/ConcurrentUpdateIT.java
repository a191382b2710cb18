package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A change based on a stale read of an assessment is refused, not written over another's (If-Match / ETag). */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ConcurrentUpdateIT {

    private static String assessment() {
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 23));
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body("{\"decision\":\"S17_ASSESSMENT\"}")
                .when().post("/referrals/{id}/decision", referral).then().statusCode(200).extract().path("assessmentId");
    }

    private static String etag(String id) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200).extract()
                .header("ETag");
    }

    private static ValidatableResponse recordNeed(String id, String code, String ifMatch) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("""
                        {"code":"%s","area":"HEALTH","eligible":false}""".formatted(code))
                .when().put("/assessments/{id}/needs", id).then();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedWithConcurrentUpdate() {
        String id = assessment();
        String read = etag(id);
        assertThat(read).matches("\"\\d+\"");

        recordNeed(id, "N1", read).statusCode(200);
        // another social worker's change, based on the same (now stale) read
        recordNeed(id, "N2", read).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:concurrent-update"));

        String fresh = etag(id);
        assertThat(fresh).isNotEqualTo(read);
        recordNeed(id, "N2", fresh).statusCode(200).body("needs", hasSize(2));
    }

    @Test
    void aChangeAnswersWithTheNewVersionSoTheNextChangeNeedsNoFreshRead() {
        String id = assessment();
        String read = etag(id);
        var changed = recordNeed(id, "N1", read).statusCode(200).extract();
        String next = changed.header("ETag");
        assertThat(next).isNotEqualTo(read).isEqualTo("\"" + changed.path("version") + "\"");

        recordNeed(id, "N2", next).statusCode(200).body("needs", hasSize(2));
        assertThat(etag(id)).isNotEqualTo(next);
    }

    @Test
    void aStaleCompletionIsRefusedAndLeavesTheAssessmentOpen() {
        String id = assessment();
        String read = etag(id);
        recordNeed(id, "N1", read).statusCode(200);
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).header("If-Match", read).body("{}")
                .when().post("/assessments/{id}/completion", id).then().statusCode(409)
                .body("type", equalTo("urn:redress:problem:concurrent-update"));
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("completedOn", equalTo(null));
    }

    @Test
    void aMalformedIfMatchIsRefusedAndNoneOrAStarChangesWhateverTheVersion() {
        String id = assessment();
        recordNeed(id, "N1", "version-3").statusCode(400);
        recordNeed(id, "N1", "*").statusCode(200);
        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON).body("{\"code\":\"N2\",\"area\":\"HEALTH\",\"eligible\":false}")
                .when().put("/assessments/{id}/needs", id).then().statusCode(200).body("needs", hasSize(2));
    }
}
