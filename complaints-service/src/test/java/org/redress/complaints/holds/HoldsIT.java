package org.redress.complaints.holds;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Holds and their effect on the clocks through HTTP and PostgreSQL. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class HoldsIT {

    @Test
    void aHoldWithoutTheComplainantToldIsRefused() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id,
                "{\"reason\":\"LEGAL_PROCEEDINGS\",\"heldOn\":\"2026-01-07\",\"reviewOn\":\"2026-02-07\"}")
                .statusCode(422)
                .body("type", equalTo("urn:redress:problem:hold.complainant-not-told"))
                .body("field", equalTo("complainantToldOn"));
    }

    @Test
    void aHoldReleasedAfterFiveWorkingDaysMovesTheDueDateByExactlyFive() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        get(id).body("stageOneClock.dueDate", equalTo("2026-01-19"));
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                {"reason":"LEGAL_PROCEEDINGS","heldOn":"2026-01-07","complainantToldOn":"2026-01-07","reviewOn":"2026-02-07"}""")
                .statusCode(200).body("holds[0].releasedOn", equalTo(null));
        // Wed 7 to Wed 14 January: 5 working days on hold
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", id, "{\"releasedOn\":\"2026-01-14\"}")
                .statusCode(200)
                .body("stageOneClock.dueDate", equalTo("2026-01-26"))
                .body("holds[0].releasedOn", equalTo("2026-01-14"));
    }

    @Test
    void aHoldPastItsReviewDateIsFlagged() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, """
                {"reason":"CRIMINAL_INVESTIGATION","heldOn":"2026-01-07","complainantToldOn":"2026-01-07","reviewOn":"2026-02-07"}""")
                .statusCode(200)
                .body("flags.code", hasItem("HOLD_PAST_REVIEW"))
                .body("stageOneClock.state", equalTo("PAUSED"));
    }
}
