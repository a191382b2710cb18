package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.devidentity.DevTokens;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Need to know for other council systems: an integration client calls only what its token grants. A finance
 * system granted the summaries sees which cases exist and where they stand, never what was agreed for the family;
 * one not granted remedies.open opens nothing. People are not bound by grants.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class IntegrationClientGrantsIT {

    private static final String FORBIDDEN = "urn:redress:problem:forbidden";
    /** Everything a summary may say: ids, references, state and dates. */
    private static final List<String> SUMMARY_FIELDS = List.of("id", "reference", "complaintId", "complaintReference",
            "state", "decisionDate", "nextDueDate", "completedOn");

    @Test
    void aClientNotGrantedRemediesOpenIsRefusedNamingTheGrantAndOpensNothing() {
        UUID complaint = UUID.randomUUID();
        String body = RemedyCaseRequests.decision(complaint, LocalDate.of(2026, 11, 2), "[\"CR-104233\"]",
                RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS);

        Tokens.asClient(allBut(Grants.REMEDIES_OPEN)).contentType(ContentType.JSON).header("Idempotency-Key", "grants-" + complaint)
                .body(body).when().post("/remedy-cases").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(FORBIDDEN))
                .body("detail", containsString(Grants.REMEDIES_OPEN));

        Tokens.as(Roles.REMEDY_OFFICER).queryParam("complaintId", complaint.toString()).when().get("/remedy-cases").then()
                .statusCode(200).body("total", equalTo(0));
        Tokens.asClient(Grants.REMEDIES_OPEN).contentType(ContentType.JSON).body(body).when().post("/remedy-cases").then()
                .statusCode(201);
    }

    @Nested
    class AClientGrantedTheSummariesOnly {

        @Test
        void listsTheCasesByIdsReferencesStateAndDatesAndNothingElse() {
            UUID complaint = UUID.randomUUID();
            String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(complaint, LocalDate.of(2026, 9, 1),
                    "[\"CR-104233\"]", RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS));

            List<Map<String, Object>> items = summaries(Tokens.asClient(Grants.CASES_READ_SUMMARY), complaint)
                    .statusCode(200).body("total", equalTo(1)).extract().path("items");

            assertThat(items).hasSize(1);
            assertThat(SUMMARY_FIELDS).containsAll(items.get(0).keySet());
            assertThat(items.get(0)).containsEntry("id", id).containsEntry("complaintId", complaint.toString())
                    .containsEntry("complaintReference", "CMP-2026-000123-3").containsEntry("decisionDate", "2026-09-01")
                    .containsEntry("state", "OVERDUE").containsEntry("nextDueDate", "2026-09-29")
                    .containsKey("reference").doesNotContainKey("completedOn");
            assertThat(AuditEntries.actors("remedy-case", id, "remedy-case.listed"))
                    .contains("test-" + Roles.INTEGRATION_CLIENT);
        }

        @Test
        void isRefusedTheFullListTheCaseAndItsTimelineNamingTheNarrativeGrant() {
            String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 11, 2)));

            for (String path : List.of("/remedy-cases", "/remedy-cases/" + id, "/remedy-cases/" + id + "/timeline")) {
                Tokens.asClient(Grants.CASES_READ_SUMMARY).when().get(path).then()
                        .statusCode(403)
                        .body("type", equalTo(FORBIDDEN))
                        .body("detail", containsString(Grants.CASES_READ_NARRATIVE));
            }
            assertThat(AuditEntries.actors("remedy-case", id, "remedy-case.read")).isEmpty();
        }
    }

    @Test
    void aClientGrantedTheNarrativeReadsCasesInFullButNotTheSummaries() {
        UUID complaint = UUID.randomUUID();
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(complaint, LocalDate.of(2026, 11, 2),
                "[\"CR-104233\"]", """
                        {"actionRef":"A1","type":"APOLOGY","period":"P4W","description":"Written apology from the Director"}"""));

        Tokens.asClient(Grants.CASES_READ_NARRATIVE).when().get("/remedy-cases/{id}", id).then()
                .statusCode(200).body("actions[0].description", equalTo("Written apology from the Director"));
        Tokens.asClient(Grants.CASES_READ_NARRATIVE).queryParam("complaintId", complaint.toString()).when()
                .get("/remedy-cases").then().statusCode(200).body("items[0].childReferences", hasItem("CR-104233"));
        Tokens.asClient(Grants.CASES_READ_NARRATIVE).when().get("/remedy-cases/{id}/timeline", id).then()
                .statusCode(200);
        summaries(Tokens.asClient(Grants.CASES_READ_NARRATIVE), complaint).statusCode(403)
                .body("detail", containsString(Grants.CASES_READ_SUMMARY));
    }

    @Test
    void aClientGrantedNothingIsRefusedEverything() {
        Tokens.asClient().when().get("/remedy-case-summaries").then().statusCode(403)
                .body("detail", containsString(Grants.CASES_READ_SUMMARY));
    }

    @Test
    void peopleAreNotBoundByGrantsWhateverTheirTokenSays() {
        UUID complaint = UUID.randomUUID();
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(complaint, LocalDate.of(2026, 11, 2),
                "[\"CR-104233\"]", RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS));

        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200);
        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200);
        summaries(Tokens.as(Roles.REMEDY_OFFICER), complaint).statusCode(200).body("items[0].id", equalTo(id));
        // a person who is also a client is a person: their roles and record-level rules decide, not grants
        String officerAndClient = DevTokens.mint(DevTokens.TokenRequest.forRoles("test-officer-and-client",
                List.of(Roles.REMEDY_OFFICER, Roles.INTEGRATION_CLIENT)).withScopes());
        RestAssured.given().auth().oauth2(officerAndClient).when().get("/remedy-cases/{id}", id).then()
                .statusCode(200).body("id", notNullValue());
    }

    private static ValidatableResponse summaries(io.restassured.specification.RequestSpecification as, UUID complaint) {
        return as.queryParam("complaintId", complaint.toString()).when().get("/remedy-case-summaries").then();
    }

    private static String[] allBut(String grant) {
        return Grants.ALL.stream().filter(g -> !g.equals(grant)).toArray(String[]::new);
    }
}
