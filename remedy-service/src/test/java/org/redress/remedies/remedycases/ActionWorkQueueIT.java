package org.redress.remedies.remedycases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;
import static org.redress.remedies.remedycases.RemedyCaseRequests.open;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A remedy officer's work queue: the agreed actions not yet completed, soonest due first, so an
 * action is seen before it falls overdue and an overdue one is not forgotten (DOMAIN §4). Other
 * tests add actions too, so each test checks its own actions' place among whatever is listed.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ActionWorkQueueIT {

    /** Apologies are due four weeks (28 days) after the decision. */
    private static final int FOUR_WEEKS = 28;

    @Inject
    Clock clock;

    /** A case opened here with its one apology, due {@code dueDate}. */
    record Opened(String caseId, String caseReference, String complaintId, String actionId, LocalDate dueDate) {
    }

    @Nested
    class FilteredOnOverdue {

        @Test
        void listsEachOpenActionPastItsDueDateWithItsCaseAndHowLateItIs() {
            LocalDate today = LocalDate.now(clock);
            Opened late = apologyDue(today.minusDays(12));
            Opened later = apologyDue(today.minusDays(30));
            Opened dueToday = apologyDue(today);
            Opened completed = apologyDue(today.minusDays(20));
            Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON)
                    .body("{\"completedOn\":\"%s\",\"apologySentOn\":\"%s\"}".formatted(today, today))
                    .when().post("/remedy-cases/{id}/actions/{actionId}/completion", completed.caseId(), completed.actionId())
                    .then().statusCode(200);

            List<Map<String, Object>> listed = everyPage("OVERDUE", Roles.REMEDY_OFFICER, 100);
            Map<String, Map<String, Object>> byAction = listed.stream()
                    .collect(Collectors.toMap(item -> (String) item.get("actionId"), item -> item));

            assertThat(byAction).containsKeys(late.actionId(), later.actionId())
                    .doesNotContainKeys(dueToday.actionId(), completed.actionId());
            Map<String, Object> item = byAction.get(late.actionId());
            assertThat(item).containsEntry("remedyCaseId", late.caseId())
                    .containsEntry("caseReference", late.caseReference())
                    .containsEntry("complaintId", late.complaintId())
                    .containsEntry("complaintReference", "CMP-2026-000123-3")
                    .containsEntry("actionRef", "A1").containsEntry("type", "APOLOGY")
                    .containsEntry("dueDate", late.dueDate().toString())
                    .containsEntry("state", "OVERDUE").containsEntry("daysOverdue", 12).containsEntry("daysUntilDue", 0);
            // overdue by the service's clock, whether or not the sweep has marked it yet
            assertThat(item.get("status")).isEqualTo("OVERDUE");
            assertThat(byAction.get(later.actionId())).containsEntry("daysOverdue", 30);
            assertThat(listed).extracting(i -> i.get("state")).containsOnly("OVERDUE");
        }

        @Test
        void pagesThroughEveryOverdueActionOnceByDueDateThenIdAndCountsThemAll() {
            LocalDate today = LocalDate.now(clock);
            List<Opened> ours = List.of(apologyDue(today.minusDays(3)), apologyDue(today.minusDays(9)),
                    apologyDue(today.minusDays(3)), apologyDue(today.minusDays(5)), apologyDue(today.minusDays(1)));

            List<Map<String, Object>> listed = new ArrayList<>();
            Set<Long> totals = new HashSet<>();
            for (int page = 0; ; page++) {
                JsonPath body = Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("state", "OVERDUE")
                        .queryParam("page", page).queryParam("size", 3)
                        .when().get("/remedy-actions").then().statusCode(200)
                        .body("page", equalTo(page)).body("size", equalTo(3)).extract().jsonPath();
                totals.add(body.getLong("total"));
                List<Map<String, Object>> items = body.getList("items");
                if (items.isEmpty()) {
                    break;
                }
                listed.addAll(items);
            }

            List<String> ids = listed.stream().map(i -> (String) i.get("actionId")).toList();
            assertThat(totals).containsExactly((long) listed.size());
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(listed).isSortedAccordingTo(Comparator.comparing((Map<String, Object> i) -> (String) i.get("dueDate"))
                    .thenComparing(i -> (String) i.get("actionId")));
            assertThat(ids).containsSubsequence(ours.stream()
                    .sorted(Comparator.comparing(Opened::dueDate).thenComparing(Opened::actionId))
                    .map(Opened::actionId).toList());
        }
    }

    @Nested
    class FilteredOnDueSoon {

        @Test
        void keepsTheOpenActionsDueTodayOrWithinFiveWorkingDaysSoonestFirst() {
            LocalDate today = LocalDate.now(clock);
            Opened inThreeDays = apologyDue(today.plusDays(3));
            Opened dueToday = apologyDue(today);
            Opened overdue = apologyDue(today.minusDays(1));
            Opened inThreeWeeks = apologyDue(today.plusDays(21));

            List<Map<String, Object>> listed = everyPage("DUE_SOON", Roles.REMEDY_OFFICER, 100);
            List<String> ids = listed.stream().map(i -> (String) i.get("actionId")).toList();

            assertThat(ids).containsSubsequence(dueToday.actionId(), inThreeDays.actionId())
                    .doesNotContain(overdue.actionId(), inThreeWeeks.actionId());
            assertThat(listed).extracting(i -> i.get("state")).containsOnly("DUE_SOON");
            assertThat(listed).extracting(i -> (String) i.get("dueDate")).isSortedAccordingTo(Comparator.naturalOrder())
                    .allSatisfy(due -> assertThat(LocalDate.parse(due)).isBetween(today, today.plusDays(14)));
            Map<String, Object> soon = listed.get(ids.indexOf(inThreeDays.actionId()));
            assertThat(soon).containsEntry("daysUntilDue", 3).containsEntry("daysOverdue", 0)
                    .containsEntry("caseReference", inThreeDays.caseReference());
        }
    }

    @Nested
    class Refuses {

        @Test
        void aCallerWithoutATokenWith401() {
            given().queryParam("state", "OVERDUE").when().get("/remedy-actions").then().statusCode(401);
        }

        @Test
        void rolesOtherThanRemedyOfficersAndManagersWith403() {
            for (String role : List.of(Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.INTEGRATION_CLIENT)) {
                Tokens.as(role).queryParam("state", "OVERDUE").when().get("/remedy-actions").then().statusCode(403);
            }
        }

        @Test
        void anUnknownStateWithAProblemNamingTheParameter() {
            Tokens.as(Roles.REMEDY_OFFICER).queryParam("state", "LATE").when().get("/remedy-actions").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("state")).body("detail", equalTo("state must be OVERDUE or DUE_SOON"));
        }

        @Test
        void aPageSizeOutOfRangeNamingTheParameter() {
            Tokens.as(Roles.REMEDY_OFFICER).queryParam("state", "DUE_SOON").queryParam("size", 101)
                    .when().get("/remedy-actions").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("size"));
            Tokens.as(Roles.REMEDY_OFFICER).queryParam("page", 100_001)
                    .when().get("/remedy-actions").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("page"));
        }
    }

    @Nested
    class EachAction {

        @Test
        void carriesTheConditionsItIsToBeCarriedOutUnderInTheRemedysWords() {
            LocalDate today = LocalDate.now(clock);
            String minimalContact = "Keep the children's contact with professionals to a minimum";
            String byPost = "Sent by post, not by email, as the family asked";
            JsonPath created = open(decision(UUID.randomUUID(), today.minusDays(40), "[\"CR-104233\"]", """
                    {"actionRef":"A1","type":"APOLOGY","period":"P4W","conditions":["%s"]}""".formatted(byPost), """
                    {"actionRef":"A2","type":"REASSESSMENT","period":"P1M","conditions":["%s","%s"]}"""
                    .formatted(minimalContact, byPost), """
                    {"actionRef":"A3","type":"NAMED_CONTACT","period":"P1M"}""")).statusCode(201).extract().jsonPath();

            Map<String, Object> byAction = everyPage("OVERDUE", Roles.REMEDY_OFFICER, 100).stream()
                    .filter(item -> created.getList("actions.id").contains(item.get("actionId")))
                    .collect(Collectors.toMap(item -> (String) item.get("actionRef"), item -> item.get("conditions")));

            assertThat(byAction).containsOnly(Map.entry("A1", List.of(byPost)),
                    Map.entry("A2", List.of(minimalContact, byPost)), Map.entry("A3", List.of()));
        }
    }

    private static List<Map<String, Object>> everyPage(String state, String role, int size) {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = Tokens.as(role).queryParam("state", state).queryParam("page", page)
                    .queryParam("size", size).when().get("/remedy-actions").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            if (items.isEmpty()) {
                return listed;
            }
            listed.addAll(items);
        }
    }

    /** Opens a case of one complaint whose one apology (four weeks from the decision) is due {@code dueDate}. */
    private static Opened apologyDue(LocalDate dueDate) {
        String complaintId = UUID.randomUUID().toString();
        JsonPath created = open(decision(UUID.fromString(complaintId), dueDate.minusDays(FOUR_WEEKS), "[\"CR-104233\"]",
                APOLOGY_IN_FOUR_WEEKS)).statusCode(201).extract().jsonPath();
        assertThat(created.getString("actions[0].dueDate")).isEqualTo(dueDate.toString());
        return new Opened(created.getString("id"), created.getString("reference"), complaintId,
                created.getString("actions[0].id"), dueDate);
    }
}
