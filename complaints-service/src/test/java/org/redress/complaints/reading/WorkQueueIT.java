package org.redress.complaints.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The work queue a complaints manager opens each morning: what is about to fall due, soonest
 * first, so no stage 1 response is missed silently (DOMAIN §1: due soon is within 3 working days).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class WorkQueueIT {

    /** A complaint registered here with its stage 1 clock as the complaint itself reads it today. */
    record Registered(String id, LocalDate received, LocalDate dueDate, String clockState) {
    }

    @Nested
    class FilteredOnDueSoon {

        @Test
        void keepsOnlyTheComplaintsDueWithinThreeWorkingDaysSoonestDueFirst() {
            LocalDate today = LocalDate.now();
            // received on each of the last 20 days: stage 1 clocks from overdue through due soon to on track
            List<Registered> ours = IntStream.rangeClosed(1, 20).mapToObj(daysAgo -> register(today.minusDays(daysAgo)))
                    .toList();
            assertThat(ours).extracting(Registered::clockState).contains("OVERDUE", "DUE_SOON", "ON_TRACK");

            JsonPath page = Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("stage", "STAGE_1")
                    .queryParam("clock", "DUE_SOON").queryParam("size", 100)
                    .when().get("/complaints").then().statusCode(200).extract().jsonPath();
            Set<String> ourIds = ours.stream().map(Registered::id).collect(Collectors.toSet());
            List<String> listedOfOurs = new ArrayList<>(page.<String>getList("items.id"));
            listedOfOurs.retainAll(ourIds);

            List<String> dueSoonSoonestFirst = ours.stream().filter(r -> r.clockState().equals("DUE_SOON"))
                    .sorted(Comparator.comparing(Registered::dueDate).thenComparing(Registered::received))
                    .map(Registered::id).toList();
            assertThat(listedOfOurs).containsExactlyElementsOf(dueSoonSoonestFirst);
            List<String> dueDates = page.getList("items.stageOneClock.dueDate");
            assertThat(dueDates).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(page.<String>getList("items.stageOneClock.state")).containsOnly("DUE_SOON");
        }
    }

    @Nested
    class FilteredOnOverdue {

        @Test
        void pagesThroughEveryOverdueComplaintOnceSoonestDueFirstAndCountsThemAll() {
            LocalDate today = LocalDate.now();
            List<Registered> ours = IntStream.of(44, 40, 42, 41, 43).mapToObj(daysAgo -> register(today.minusDays(daysAgo)))
                    .toList();
            assertThat(ours).extracting(Registered::clockState).containsOnly("OVERDUE");

            List<String> listed = new ArrayList<>();
            Set<Long> totals = new HashSet<>();
            for (int page = 0; ; page++) {
                JsonPath body = Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("clock", "OVERDUE")
                        .queryParam("page", page).queryParam("size", 25)
                        .when().get("/complaints").then().statusCode(200).extract().jsonPath();
                totals.add(body.getLong("total"));
                List<String> ids = body.getList("items.id");
                if (ids.isEmpty()) {
                    break;
                }
                listed.addAll(ids);
            }
            // every page counts the same complaints, and walking the pages meets each of them once
            assertThat(totals).containsExactly((long) listed.size());
            assertThat(listed).doesNotHaveDuplicates();
            assertThat(listed).containsSubsequence(ours.stream()
                    .sorted(Comparator.comparing(Registered::dueDate).thenComparing(Registered::received))
                    .map(Registered::id).toList());
        }
    }

    private static Registered register(LocalDate received) {
        JsonPath created = IntakeRequests.register(IntakeRequests.complaintReceivedOn(received)).statusCode(201)
                .extract().jsonPath();
        return new Registered(created.getString("id"), received,
                LocalDate.parse(created.getString("stageOneClock.dueDate")), created.getString("stageOneClock.state"));
    }
}
