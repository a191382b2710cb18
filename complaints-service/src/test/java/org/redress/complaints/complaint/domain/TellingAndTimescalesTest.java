package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.respondedOn;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.rule;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.upheld;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.OmbudsmanDecision.Route;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * What the complainant must be told at each step (the right to stage 3, the Ombudsman), the early
 * referral's conditions, the stage 3 report and response timescales, and a hold's review date.
 */
class TellingAndTimescalesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 2, 20);
    private static final List<PointFinding> NOTHING_UPHELD = List.of(new PointFinding(1, Finding.NOT_UPHELD, false),
            new PointFinding(2, Finding.NO_FINDING, false));
    private static final List<AgreedActionTerm> AN_APOLOGY = List.of(
            new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P4W", null, null));

    private static Complaint adjudicated(List<PointFinding> findings, List<AgreedActionTerm> actions, LocalDate toldOn) {
        return ComplaintProcedureTest.adjudicated(ADJUDICATED, findings, actions, toldOn);
    }

    private static List<String> flags(Complaint complaint) {
        return complaint.flagsOn(TODAY).stream().map(Flag::code).toList();
    }

    /** Stage 3 requested Mon 2 March 2026 and the panel held Fri 20 March. */
    private static Complaint panelHeld() {
        Complaint complaint = adjudicated(upheld(), AN_APOLOGY, ADJUDICATED);
        complaint.stageThree().request(LocalDate.of(2026, 3, 2), null, CALENDAR, TODAY);
        complaint.stageThree().panelHeld(LocalDate.of(2026, 3, 20), List.of(new StageThree.PanelMember("P1", true, true),
                new StageThree.PanelMember("P2", false, true), new StageThree.PanelMember("P3", false, true)), CALENDAR,
                TODAY);
        return complaint;
    }

    @Nested
    class TheComplainantIsToldOfTheNextStep {

        @Test
        void anAdjudicationWithoutTheRightToStageThreeToldIsFlagged() {
            assertThat(flags(adjudicated(upheld(), AN_APOLOGY, null))).containsExactly(Flag.RIGHT_TO_STAGE_3_NOT_TOLD);
            assertThat(flags(adjudicated(upheld(), AN_APOLOGY, ADJUDICATED))).isEmpty();
        }

        @Test
        void aStageThreeResponseWithoutTheOmbudsmanToldIsFlagged() {
            Complaint untold = panelHeld();
            untold.stageThree().reportIssued(LocalDate.of(2026, 3, 25), CALENDAR, TODAY);
            untold.stageThree().respond(LocalDate.of(2026, 4, 10), List.of(), List.of(), null, TODAY);
            assertThat(flags(untold)).containsExactly(Flag.OMBUDSMAN_NOT_TOLD);
            Complaint told = panelHeld();
            told.stageThree().reportIssued(LocalDate.of(2026, 3, 25), CALENDAR, TODAY);
            told.stageThree().respond(LocalDate.of(2026, 4, 10), List.of(), List.of(), LocalDate.of(2026, 4, 10), TODAY);
            assertThat(flags(told)).isEmpty();
        }
    }

    @Nested
    class EarlyReferral {

        @Test
        void isFlaggedWhenStageTwoUpheldNothing() {
            Complaint complaint = adjudicated(NOTHING_UPHELD, AN_APOLOGY, ADJUDICATED);
            complaint.ombudsman().record("26 000 001", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.NO_FAULT, false, List.of(), TODAY);
            assertThat(flags(complaint)).containsExactly(Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET);
        }

        @Test
        void isFlaggedWhenStageTwoAgreedNoActionPlan() {
            Complaint complaint = adjudicated(upheld(), List.of(), ADJUDICATED);
            complaint.ombudsman().record("26 000 002", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.FAULT_NO_INJUSTICE, false, List.of(), TODAY);
            assertThat(flags(complaint)).containsExactly(Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET);
        }

        @Test
        void isNotFlaggedAfterUpheldPointsAndAnActionPlan() {
            Complaint complaint = adjudicated(upheld(), AN_APOLOGY, ADJUDICATED);
            complaint.ombudsman().record("26 000 003", Route.EARLY_REFERRAL, LocalDate.of(2026, 6, 1),
                    OmbudsmanDecision.Finding.FAULT_CAUSING_INJUSTICE, false, List.of(), TODAY);
            assertThat(flags(complaint)).isEmpty();
        }
    }

    @Nested
    class StageThreeTimescales {

        @Test
        void thePanelReportsWithinFiveWorkingDaysOfMeeting() {
            // Fri 20 March 2026 + 5 working days: Fri 27 March
            assertThat(panelHeld().clocks().get(ClockKind.STAGE_3_REPORT).snapshotOn(TODAY).dueDate())
                    .isEqualTo(LocalDate.of(2026, 3, 27));
        }

        @Test
        void theCouncilRespondsWithinFifteenWorkingDaysOfTheReport() {
            Complaint complaint = panelHeld();
            complaint.stageThree().reportIssued(LocalDate.of(2026, 3, 25), CALENDAR, TODAY);
            // Wed 25 March 2026 + 15 working days, Good Friday 3 and Easter Monday 6 April skipped: Fri 17 April
            assertThat(complaint.clocks().get(ClockKind.STAGE_3_RESPONSE).snapshotOn(TODAY).dueDate())
                    .isEqualTo(LocalDate.of(2026, 4, 17));
        }
    }

    @Nested
    class StageTwoRecords {

        @Test
        void recordsTheInvestigatingOfficerAndTheIndependentPersonWithTheirDates() {
            StageTwo stageTwo = adjudicated(upheld(), AN_APOLOGY, ADJUDICATED).progress().stageTwo();
            assertThat(stageTwo.investigatingOfficer()).isEqualTo(new StageTwo.Appointment("IO-1", LocalDate.of(2026, 1, 21)));
            assertThat(stageTwo.independentPerson().reference()).isEqualTo("IP-1");
            assertThat(stageTwo.independentPerson().declaredOn()).isEqualTo(LocalDate.of(2026, 1, 21));
            assertThat(stageTwo.statementAgreedBy()).isEqualTo("IO-1");
        }

        @Test
        void theAdjudicationDecidesEveryPoint() {
            assertThat(rule(() -> adjudicated(List.of(new PointFinding(1, Finding.UPHELD, true)), AN_APOLOGY, ADJUDICATED)))
                    .isEqualTo("finding.one-per-point");
        }
    }

    @Nested
    class ExtensionsNeedTheComplainantTold {

        @Test
        void atStageOne() {
            assertThat(rule(() -> ComplaintProcedureTest.complaint().stageOne().extend(20, "an advocate is needed", null,
                    TODAY))).isEqualTo("date.required");
        }

        @Test
        void atStageTwo() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, StageTwoSettings.defaults(), CALENDAR, TODAY);
            complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", StageTwoSettings.defaults(), CALENDAR,
                    TODAY);
            assertThat(rule(() -> complaint.stageTwo().investigation().extend(40, "records are with the police", null,
                    TODAY))).isEqualTo("date.required");
        }
    }

    @Nested
    class HoldReview {

        @Test
        void aHoldNeedsAReviewDateAfterItStarts() {
            assertThat(rule(() -> respondedOn(LocalDate.of(2026, 1, 16)).holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS,
                    LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20), TODAY)))
                    .isEqualTo("hold.review-not-after-hold");
        }
    }
}
