package org.redress.assessments.ehcplan;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The day an EHC plan was issued is read only as the document writes it, YYYY-MM-DD and nothing around it
 * (today: 25 Nov 2026). The SEND service's feed is a machine talking to a machine: a date with a space, a time,
 * a missing leading zero or no dashes is a fault in that feed, and reading it as some day anyway would date the
 * plan, and the flags it raises on open assessments, from a day nobody wrote.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class EhcPlanIssuedOnIT {

    private static ValidatableResponse record(String childRef, String issuedOnJson) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).contentType(ContentType.JSON)
                .body("{\"issuedOn\":\"" + issuedOnJson + "\",\"noSocialCareNeeds\":false}")
                .when().post("/children/{childRef}/ehc-plan-updates", childRef).then();
    }

    @Test
    void aDayWrittenYyyyMmDdIsRecorded() {
        record("CR-560001", "2026-01-15").statusCode(201).body("issuedOn", equalTo("2026-01-15"));
    }

    /** Each value is the text of a JSON string, escapes as sent. */
    @ParameterizedTest
    @ValueSource(strings = { "2026-01-15 ", " 2026-01-15", "2026-01-15\\t", "\\n2026-01-15", "2026-01-15\\u0000",
            "2026-1-15", "2026-01-5", "20260115", "2026-01-15T00:00", "2026-01-15T00:00:00Z", "2026-01-15Z",
            "+2026-01-15", "2026-015", "2026-W03-4", "15/01/2026", "2026-02-30", "2026-01-15\\u00a0", "" })
    void anythingElseIsRefusedNamingTheField(String issuedOn) {
        record("CR-560002", issuedOn).statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("issuedOn"));
    }
}
