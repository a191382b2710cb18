package org.redress.complaints.reading;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.intake.IntakeRequests.registerAndGetId;
import static org.redress.complaints.intake.IntakeRequests.registerFromSufficientInterest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.complaints.ComplaintRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Flags stay on record once their condition clears (DOMAIN §5): the complaint shows every flag raised,
 * with the day it was raised and the day it was resolved, and the active ones apart; the annual
 * report counts every flag raised in its period.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class FlagsOnRecordIT {

    private static final String HOLD_FLAG = "flags.find { it.code == 'HOLD_PAST_REVIEW' }";
    private static final String DECLINE_FLAG = "flags.find { it.code == 'DECLINE_PAST_REVIEW' }";
    private static final String STANDING_FLAG = "flags.find { it.code == 'STANDING_DECISION_OVERDUE' }";

    private static String hold(String heldOn, String reviewOn) {
        return """
                {"reason":"LEGAL_PROCEEDINGS","heldOn":"%s","complainantToldOn":"%s","reviewOn":"%s"}"""
                .formatted(heldOn, heldOn, reviewOn);
    }

    private static String decline(String declinedOn, String reviewOn) {
        return """
                {"scope":"WHOLE","proceedings":"CRIMINAL","declinedOn":"%s","complainantToldInWritingOn":"%s","reviewOn":"%s"}"""
                .formatted(declinedOn, declinedOn, reviewOn);
    }

    private static String released(String on) {
        return "{\"releasedOn\":\"" + on + "\"}";
    }

    @Test
    void aHoldPastItsReviewDateStaysFlaggedAfterItIsReleasedResolvedOnTheReleaseDay() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, hold("2026-01-07", "2026-01-20")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", id, released("2026-02-02")).statusCode(200)
                .body(HOLD_FLAG + ".raisedOn", equalTo("2026-01-21"))
                .body(HOLD_FLAG + ".resolvedOn", equalTo("2026-02-02"))
                .body("activeFlags.code", not(hasItem("HOLD_PAST_REVIEW")));
        ComplaintRequests.timeline(id)
                .body("find { it.what == 'flag.HOLD_PAST_REVIEW' }.happenedOn", equalTo("2026-01-21"));
    }

    @Test
    void aHoldReviewedLateIsNoLongerUnreviewedFromTheDayOfItsReviewAndGoesOn() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, hold("2026-01-07", "2026-01-20")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/review", id, "{\"reviewedOn\":\"2026-02-03\"}").statusCode(200)
                .body("holds[0].reviewedOn", equalTo("2026-02-03"))
                .body("holds[0].releasedOn", nullValue())
                .body("state", equalTo("STAGE_1_OPEN"))
                .body(HOLD_FLAG + ".raisedOn", equalTo("2026-01-21"))
                .body(HOLD_FLAG + ".resolvedOn", equalTo("2026-02-03"))
                .body("activeFlags.code", not(hasItem("HOLD_PAST_REVIEW")));
        ComplaintRequests.timeline(id)
                .body("find { it.what == 'hold.reviewed' }.happenedOn", equalTo("2026-02-03"))
                .body("find { it.what == 'flag.HOLD_PAST_REVIEW' }.happenedOn", equalTo("2026-01-21"));
        post(Roles.COMPLAINTS_OFFICER, "/holds/review", id, "{\"reviewedOn\":\"2026-02-10\"}").statusCode(409)
                .body("type", equalTo("urn:redress:problem:hold.already-reviewed"));
    }

    @Test
    void aHoldStillOpenPastItsReviewDateIsActive() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, hold("2026-01-07", "2026-01-20")).statusCode(200)
                .body(HOLD_FLAG + ".raisedOn", equalTo("2026-01-21"))
                .body(HOLD_FLAG + ".resolvedOn", nullValue())
                .body("activeFlags.code", hasItem("HOLD_PAST_REVIEW"));
    }

    @Test
    void aHoldReleasedOnItsReviewDateWasNeverFlagged() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_OFFICER, "/holds", id, hold("2026-01-07", "2026-01-20")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", id, released("2026-01-20")).statusCode(200)
                .body("flags.code", not(hasItem("HOLD_PAST_REVIEW")));
    }

    @Test
    void aDeclinePastItsReviewDateStaysFlaggedAfterTheComplaintResumes() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        post(Roles.COMPLAINTS_MANAGER, "/declines", id, decline("2026-01-07", "2026-02-02")).statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/declines/end", id, """
                {"proceedingsEndedOn":"2026-02-10","resumedOn":"2026-02-11"}""").statusCode(200)
                .body(DECLINE_FLAG + ".raisedOn", equalTo("2026-02-03"))
                .body(DECLINE_FLAG + ".resolvedOn", equalTo("2026-02-11"))
                .body("activeFlags.code", not(hasItem("DECLINE_PAST_REVIEW")));
    }

    @Test
    void aStandingDecisionMadeLateStaysFlaggedAsOverdueResolvedOnTheDecisionDay() {
        // received Monday 5 January 2026: the standing decision was due Monday 12 January
        String id = registerFromSufficientInterest(LocalDate.of(2026, 1, 5));
        post(Roles.COMPLAINTS_MANAGER, "/standing-decision", id, """
                {"decision":"ACCEPTED","decidedOn":"2026-01-15","childViewsTakenIntoAccount":true,"childViewsTakenIntoAccountOn":"2026-01-06"}""")
                .statusCode(200)
                .body(STANDING_FLAG + ".raisedOn", equalTo("2026-01-13"))
                .body(STANDING_FLAG + ".resolvedOn", equalTo("2026-01-15"))
                .body("activeFlags.code", not(hasItem("STANDING_DECISION_OVERDUE")));
    }

    @Test
    void aFlagRecordedWithAStepIsDatedTheDayTheStepHappenedAndStaysActive() {
        String id = registerFromSufficientInterest(LocalDate.of(2026, 1, 5));
        post(Roles.COMPLAINTS_MANAGER, "/standing-decision", id, """
                {"decision":"ACCEPTED","decidedOn":"2026-01-08","childViewsTakenIntoAccount":false}""")
                .statusCode(200);
        get(id).body("flags.find { it.code == 'STANDING_WITHOUT_CHILD_VIEWS' }.raisedOn", equalTo("2026-01-08"))
                .body("flags.find { it.code == 'STANDING_WITHOUT_CHILD_VIEWS' }.resolvedOn", nullValue())
                .body("activeFlags.code", hasItem("STANDING_WITHOUT_CHILD_VIEWS"));
    }

    /** In 2015, a year no other test uses. */
    @Test
    void theAnnualReportCountsEveryFlagRaisedInThePeriodByCodeResolvedOrNot() {
        String releasedLate = registerAndGetId(LocalDate.of(2015, 3, 2));
        post(Roles.COMPLAINTS_OFFICER, "/holds", releasedLate, hold("2015-03-04", "2015-03-31")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", releasedLate, released("2015-04-10")).statusCode(200);
        String stillHeld = registerAndGetId(LocalDate.of(2015, 6, 1));
        post(Roles.COMPLAINTS_OFFICER, "/holds", stillHeld, hold("2015-06-02", "2015-07-01")).statusCode(200);
        String releasedInTime = registerAndGetId(LocalDate.of(2015, 3, 2));
        post(Roles.COMPLAINTS_OFFICER, "/holds", releasedInTime, hold("2015-03-04", "2015-04-30")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", releasedInTime, released("2015-04-30")).statusCode(200);
        // review due on the last day of the year: flagged from 1 January 2016, outside the period
        String nextYear = registerAndGetId(LocalDate.of(2015, 12, 1));
        post(Roles.COMPLAINTS_OFFICER, "/holds", nextYear, hold("2015-12-02", "2015-12-31")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/release", nextYear, released("2016-01-15")).statusCode(200);
        String declined = registerAndGetId(LocalDate.of(2015, 3, 2));
        post(Roles.COMPLAINTS_MANAGER, "/declines", declined, decline("2015-03-04", "2015-05-01")).statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/declines/end", declined, """
                {"proceedingsEndedOn":"2015-05-10","resumedOn":"2015-05-11"}""").statusCode(200);
        // received Monday 2 March 2015: the standing decision was due Monday 9 March
        post(Roles.COMPLAINTS_MANAGER, "/standing-decision", registerFromSufficientInterest(LocalDate.of(2015, 3, 2)), """
                {"decision":"REFUSED","decidedOn":"2015-03-20","childViewsTakenIntoAccount":false,
                 "reason":"No part in the child's care","personToldOn":"2015-03-20"}""").statusCode(200);

        Tokens.as(Roles.AUDITOR).queryParam("from", "2015-01-01").queryParam("to", "2015-12-31")
                .when().get("/reports/annual").then()
                .statusCode(200)
                .body("flags.raisedByCode.HOLD_PAST_REVIEW", equalTo(2))
                .body("flags.raisedByCode.DECLINE_PAST_REVIEW", equalTo(1))
                .body("flags.raisedByCode.STANDING_DECISION_OVERDUE", equalTo(1))
                .body("flags.raisedByCode.STANDING_WITHOUT_CHILD_VIEWS", equalTo(1))
                .body("flags.raisedByCode.size()", equalTo(4));
    }

    /**
     * In 2014, a year no other test uses: a hold reviewed on or before its review date was never left unreviewed, so
     * the annual report counts no flag for it, as the complaint shows none, however long the hold goes on after.
     */
    @Test
    void theAnnualReportCountsNoFlagForAHoldReviewedInTime() {
        String reviewedInTime = registerAndGetId(LocalDate.of(2014, 3, 3));
        post(Roles.COMPLAINTS_OFFICER, "/holds", reviewedInTime, hold("2014-03-04", "2014-03-31")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/review", reviewedInTime, "{\"reviewedOn\":\"2014-03-28\"}").statusCode(200);
        String reviewedLate = registerAndGetId(LocalDate.of(2014, 3, 3));
        post(Roles.COMPLAINTS_OFFICER, "/holds", reviewedLate, hold("2014-03-04", "2014-03-31")).statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/holds/review", reviewedLate, "{\"reviewedOn\":\"2014-04-07\"}").statusCode(200);
        get(reviewedInTime).body("flags.code", not(hasItem("HOLD_PAST_REVIEW")));

        Tokens.as(Roles.AUDITOR).queryParam("from", "2014-01-01").queryParam("to", "2014-12-31")
                .when().get("/reports/annual").then()
                .statusCode(200)
                .body("flags.raisedByCode.HOLD_PAST_REVIEW", equalTo(1));
    }
}
