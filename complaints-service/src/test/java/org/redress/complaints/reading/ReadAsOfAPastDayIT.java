package org.redress.complaints.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.complaints.ComplaintRequests.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The record is the evidence: a complaint, and the work queue, read as they stood at the end of a past day
 * (asOf), from the days the steps happened. Received on Monday 2 March 2026, stage 1 is due on the 10th working
 * day after, Monday 16 March; the response is dated Wednesday 18 March, late.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReadAsOfAPastDayIT {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private static String respondedLate() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        post(Roles.COMPLAINTS_OFFICER, "/stage-1/response", id, """
                {"decidedOn":"2026-03-18",
                 "findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NOT_UPHELD"}]}""")
                .statusCode(200);
        return id;
    }

    private static ValidatableResponse read(String id, String asOf) {
        return Tokens.as(Roles.COMPLAINTS_OFFICER).queryParam("asOf", asOf).when().get("/complaints/{id}", id).then();
    }

    private static ValidatableResponse queue(String clock, String asOf, int page) {
        return Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("clock", clock).queryParam("stage", "STAGE_1")
                .queryParam("asOf", asOf).queryParam("page", page).queryParam("size", 100).when().get("/complaints").then();
    }

    /** Every page of a queue as of a day; the states of their stage 1 clocks are checked on the way. */
    private static List<String> wholeQueue(String clock, String asOf) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = queue(clock, asOf, page).statusCode(200).extract().jsonPath();
            assertThat(body.<String>getList("items.stage")).allMatch("STAGE_1"::equals);
            assertThat(body.<String>getList("items.stageOneClock.state")).allMatch(clock::equals);
            ids.addAll(body.getList("items.id"));
            if (ids.size() >= body.getLong("total") || body.getList("items").isEmpty()) {
                return ids;
            }
        }
    }

    @Test
    void aResponseDatedAfterTheDayLeavesStageOneOpenAndOverdueThatDay() {
        String id = respondedLate();
        read(id, "2026-03-17").statusCode(200)
                .body("state", equalTo("STAGE_1_OPEN"))
                .body("stage", equalTo("STAGE_1"))
                .body("stageOneResponse", nullValue())
                .body("stageOneClock.dueDate", equalTo("2026-03-16"))
                .body("stageOneClock.state", equalTo("OVERDUE"))
                .body("stageOneClock.daysLeft", equalTo(-1));
        // Friday 13 March: 9 working days used, 1 left
        read(id, "2026-03-13").statusCode(200).body("stageOneClock.state", equalTo("DUE_SOON"))
                .body("stageOneClock.daysLeft", equalTo(1));
        read(id, "2026-03-18").statusCode(200)
                .body("state", equalTo("STAGE_1_RESPONDED"))
                .body("stageOneResponse.decidedOn", equalTo("2026-03-18"))
                .body("stageOneClock.state", equalTo("MISSED"));
    }

    @Test
    void aComplaintReceivedAfterTheDayIsNotFoundAndADayAfterTodayOrNoCalendarDayIsRefused() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);
        read(id, "2026-03-01").statusCode(404)
                .body("type", equalTo("urn:redress:problem:complaint.not-yet-received"));
        read(id, LocalDate.now().plusDays(1).toString()).statusCode(400).body("field", equalTo("asOf"));
        read(id, "2026-02-30").statusCode(400).body("field", equalTo("asOf"))
                .body("type", equalTo("urn:redress:problem:request.as-of-invalid"));
    }

    @Test
    void theQueueAsOfADayListsTheComplaintsOverdueOrDueSoonThen() {
        String id = respondedLate();
        assertThat(wholeQueue("OVERDUE", "2026-03-17")).contains(id);
        assertThat(wholeQueue("DUE_SOON", "2026-03-13")).contains(id);
        assertThat(wholeQueue("DUE_SOON", "2026-03-17")).doesNotContain(id);
        // responded on 18 March: its clock stopped, so it left the queue that day
        assertThat(wholeQueue("OVERDUE", "2026-03-18")).doesNotContain(id);
        // on track on Tuesday 3 March (1 working day used)
        assertThat(wholeQueue("DUE_SOON", "2026-03-03")).doesNotContain(id);
    }

    @Test
    void theWholeQueueOfAPastDayIsRefusedForItWouldBeEveryComplaint() {
        Tokens.as(Roles.COMPLAINTS_MANAGER).queryParam("asOf", "2026-03-17").when().get("/complaints").then()
                .statusCode(400).body("field", equalTo("asOf"))
                .body("type", equalTo("urn:redress:problem:queue.as-of-needs-clock"));
    }
}
