package org.redress.remedies.themes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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

/** Learning across cases: a new fault on a theme is shown beside the earlier actions on it. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ThemeIT {

    @Test
    void aNewServiceImprovementShowsTheEarlierActionsOnItsThemeAndWhetherTheyWereDone() {
        String theme = "direct-payments-" + Long.toString(System.nanoTime(), 36);
        String improvement = """
                {"actionRef":"A1","type":"SERVICE_IMPROVEMENT","period":"P3M","theme":"%s"}""".formatted(theme);
        var first = open(decision(UUID.randomUUID(), LocalDate.of(2025, 1, 10), "[]", improvement)).statusCode(201)
                .body("earlierOnTheme", empty()).extract();
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"completedOn":"2025-03-01","evidenceRefs":["POLICY-DP-v3"]}""")
                .when().post("/remedy-cases/{id}/actions/{a}/completion", (String) first.path("id"),
                        (String) first.path("actions[0].id")).then().statusCode(200);

        var opened = open(decision(UUID.randomUUID(), LocalDate.of(2026, 2, 2), "[]", improvement)).statusCode(201)
                .body("earlierOnTheme.caseReference", contains((String) first.path("reference")))
                .body("earlierOnTheme[0].status", equalTo("COMPLETED"))
                .extract();
        String second = opened.path("id");

        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}", second).then()
                .body("earlierOnTheme.completedOn", contains("2025-03-01"));
        Tokens.as(Roles.AUDITOR).queryParam("size", 100).when().get("/themes").then()
                .statusCode(200)
                .body("items.find { it.theme == '%s' }.actionCount".formatted(theme), equalTo(2))
                .body("items.find { it.theme == '%s' }.completedCount".formatted(theme), equalTo(1))
                .body("items.find { it.theme == '%s' }.openCount".formatted(theme), equalTo(1))
                .body("items.find { it.theme == '%s' }.actions.caseReference".formatted(theme),
                        contains((String) opened.path("reference"), (String) first.path("reference")));
    }

    @Test
    void aThemesActionsAreRefusedForAMalformedCodeNamingTheThemeAndAreNotFoundForAnUnknownOne() {
        Tokens.as(Roles.AUDITOR).when().get("/themes/{theme}/actions", "-not*a*theme").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("theme"));
        Tokens.as(Roles.AUDITOR).when().get("/themes/{theme}/actions", "never-agreed-" + System.nanoTime()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("field", equalTo("theme"));
        Tokens.as(Roles.AUDITOR).queryParam("size", 101).when().get("/themes/{theme}/actions", "any-theme").then()
                .statusCode(400)
                .body("field", equalTo("size"));
    }
}
