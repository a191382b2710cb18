package org.redress.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Need to know for other council systems: a system granted the summaries sees which referrals and assessments
 * exist and where they stand, never the concerns, needs or family; one not granted referrals.record records none.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class IntegrationClientGrantsIT {

    private static final String FORBIDDEN = "urn:redress:problem:forbidden";

    @Test
    void aClientGrantedTheSummariesOnlySeesReferralsInBriefAndIsRefusedTheNarrative() {
        String id = ReferralRequests.recordAndGetId(TestClock.TODAY.minusDays(1));

        List<Map<String, Object>> items = Tokens.asClient(Grants.CASES_READ_SUMMARY).queryParam("size", 100)
                .when().get("/referral-summaries").then().statusCode(200).extract().path("items");
        Map<String, Object> mine = items.stream().filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
        assertThat(List.of("id", "reference", "childRef", "receivedDate", "decisionDueDate", "decision", "assessmentId"))
                .containsAll(mine.keySet());
        assertThat(mine).containsEntry("receivedDate", TestClock.TODAY.minusDays(1).toString()).doesNotContainKey("concerns");
        Tokens.asClient(Grants.CASES_READ_SUMMARY).when().get("/assessment-summaries").then().statusCode(200);

        for (String path : new String[] { "/referrals/" + id, "/referrals", "/assessments" }) {
            Tokens.asClient(Grants.CASES_READ_SUMMARY).when().get(path).then().statusCode(403)
                    .body("type", equalTo(FORBIDDEN)).body("detail", containsString(Grants.CASES_READ_NARRATIVE));
        }
        Tokens.asClient(Grants.CASES_READ_NARRATIVE).when().get("/referrals/{id}", id).then().statusCode(200);
    }

    @Test
    void aClientNotGrantedReferralsRecordRecordsNone() {
        String body = ReferralRequests.referralReceivedOn(TestClock.TODAY.minusDays(1));
        long before = stored();

        Tokens.asClient(Grants.CASES_READ_SUMMARY, Grants.CASES_READ_NARRATIVE).contentType(ContentType.JSON).body(body)
                .when().post("/referrals").then().statusCode(403).body("type", equalTo(FORBIDDEN))
                .body("detail", containsString(Grants.REFERRALS_RECORD));
        assertThat(stored()).isEqualTo(before);
        Tokens.asClient(Grants.REFERRALS_RECORD).contentType(ContentType.JSON).body(body).when().post("/referrals").then()
                .statusCode(201);
    }

    /** How many referrals are stored, as a team manager's list counts them. */
    private static long stored() {
        return ((Number) Tokens.as(Roles.TEAM_MANAGER).queryParam("size", 1).when().get("/referrals").then().statusCode(200)
                .extract().path("total")).longValue();
    }
}
