package org.redress.remedies.compliance;

import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The compliance report over HTTP, on decisions of March 2019 that no other test uses. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ComplianceIT {

    @Test
    void countsActionsDueOnTimeLateAndOverdueByTypeAndSourceWithTheOmbudsmanRate() {
        LocalDate decided = LocalDate.of(2019, 3, 1);
        // Ombudsman: apology due 29 Mar done 20 Mar (on time); contact due 15 Mar done 20 Mar (late);
        // document due 1 Apr never shared (overdue now). Stage 1: apology due 29 Mar not done (overdue now).
        var ombudsman = open(decision(UUID.randomUUID(), decided, "[]", APOLOGY_IN_FOUR_WEEKS, """
                {"actionRef":"A2","type":"NAMED_CONTACT","period":"P14D"}""", """
                {"actionRef":"A3","type":"SHARE_DOCUMENT","period":"P1M"}""").replace("STAGE_2", "OMBUDSMAN"))
                .statusCode(201).extract();
        open(decision(UUID.randomUUID(), decided, "[]", APOLOGY_IN_FOUR_WEEKS).replace("STAGE_2", "STAGE_1"))
                .statusCode(201);
        String id = ombudsman.path("id");
        complete(id, ombudsman.path("actions[0].id"), """
                {"completedOn":"2019-03-20","apologySentOn":"2019-03-20"}""");
        complete(id, ombudsman.path("actions[1].id"), """
                {"completedOn":"2019-03-20"}""");

        Tokens.as(Roles.AUDITOR).queryParam("from", "2019-03-01").queryParam("to", "2019-04-30")
                .when().get("/compliance").then()
                .statusCode(200)
                .body("total.due", equalTo(4))
                .body("total.completedOnTime", equalTo(1))
                .body("total.completedLate", equalTo(1))
                .body("total.overdueNow", equalTo(2))
                .body("byType.APOLOGY.due", equalTo(2))
                .body("byType.APOLOGY.overdueNow", equalTo(1))
                .body("byType.NAMED_CONTACT.completedLate", equalTo(1))
                .body("bySource.OMBUDSMAN.due", equalTo(3))
                .body("bySource.STAGE_1.overdueNow", equalTo(1))
                // 1 of the 3 Ombudsman actions fallen due was done on time
                .body("ombudsmanComplianceRate", equalTo(33.3f));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        Tokens.as(Roles.AUDITOR).queryParam("from", "2019-04-01").queryParam("to", "2019-03-01")
                .when().get("/compliance").then()
                .statusCode(422)
                .body("rule", equalTo("compliance.period-reversed"));
    }

    @Test
    void refusesDatesNoReportCouldCoverNamingTheParameter() {
        // a year PostgreSQL cannot store once reached the query and answered 500
        for (String[] period : new String[][] { { "-999999999-01-01", "2026-01-01" }, { "0001-01-01", "2026-01-01" },
                { "2026-01-01", "+999999999-12-31" } }) {
            Tokens.as(Roles.AUDITOR).queryParam("from", period[0]).queryParam("to", period[1])
                    .when().get("/compliance").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo(period[0].equals("2026-01-01") ? "to" : "from"));
        }
    }

    private static void complete(String caseId, String actionId, String body) {
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body(body).when()
                .post("/remedy-cases/{id}/actions/{a}/completion", caseId, actionId).then().statusCode(200);
    }
}
