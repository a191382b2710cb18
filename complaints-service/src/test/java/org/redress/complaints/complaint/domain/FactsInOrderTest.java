package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.adjudicated;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.complaint;
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
 * A complaint's facts come in the order they can happen: nothing before the complaint was received,
 * the right to the next step told in or after the decision that opens it, an adjudication after its
 * reports, the Ombudsman after the council's final answer; and an action's period within the bound.
 */
class FactsInOrderTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final StageTwoSettings SETTINGS = StageTwoSettings.defaults();
    /** The complaints of {@link ComplaintProcedureTest} are received on Monday 5 January 2026. */
    private static final LocalDate BEFORE_RECEIPT = LocalDate.of(2026, 1, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 2, 20);

    @Nested
    class NothingHappensBeforeTheComplaintWasReceived {

        @Test
        void aComplainantToldOfAHoldBeforeTheComplaintWasReceivedIsRefused() {
            Complaint complaint = complaint();
            assertThat(rule(() -> complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, LocalDate.of(2026, 1, 7),
                    BEFORE_RECEIPT, LocalDate.of(2026, 2, 7), TODAY))).isEqualTo("date.before-receipt");
            assertThat(complaint.openHold()).isEmpty();
        }

        @Test
        void aHoldToldOnTheDayOfReceiptIsAccepted() {
            Complaint complaint = complaint();
            complaint.holds().place(Hold.HoldReason.LEGAL_PROCEEDINGS, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 2, 7), TODAY);
            assertThat(complaint.openHold()).isPresent();
        }

        @Test
        void aClosureBeforeReceiptIsRefused() {
            assertThat(rule(() -> complaint().closure().close("WITHDRAWN_BY_COMPLAINANT", BEFORE_RECEIPT, TODAY)))
                    .isEqualTo("date.before-receipt");
        }

        @Test
        void anOutOfTimeDecisionBeforeReceiptIsRefused() {
            Complaint late = complaint(List.of(SubjectMatter.ASSESSMENT), ComplainantRole.PARENT, LocalDate.of(2024, 6, 1));
            assertThat(rule(() -> late.intake().decideOutOfTime(true, "records are complete", BEFORE_RECEIPT, TODAY)))
                    .isEqualTo("date.before-receipt");
        }

        @Test
        void aStageOneExtensionToldBeforeReceiptIsRefused() {
            assertThat(rule(() -> complaint().stageOne().extend(20, "An advocate is needed", BEFORE_RECEIPT, TODAY)))
                    .isEqualTo("date.before-receipt");
        }

        @Test
        void aDeclineToldInWritingBeforeReceiptIsRefused() {
            assertThat(rule(() -> complaint().declines().decline(Decline.Scope.WHOLE, null, Decline.Proceedings.CRIMINAL,
                    LocalDate.of(2026, 1, 7), BEFORE_RECEIPT, LocalDate.of(2026, 3, 7), TODAY)))
                    .isEqualTo("date.before-receipt");
        }
    }

    @Nested
    class StageTwoAndBeyond {

        @Test
        void aStageTwoExtensionToldBeforeStageTwoWasRequestedIsRefused() {
            Complaint complaint = respondedOn(LocalDate.of(2026, 1, 16));
            complaint.stageTwo().request(LocalDate.of(2026, 1, 20), null, SETTINGS, CALENDAR, TODAY);
            complaint.stageTwo().agreeStatement(LocalDate.of(2026, 1, 27), "IO-1", SETTINGS, CALENDAR, TODAY);
            assertThat(rule(() -> complaint.stageTwo().investigation().extend(40, "NHS records are needed",
                    LocalDate.of(2026, 1, 19), TODAY))).isEqualTo("stage-two.date-before-request");
        }

        @Test
        void anAdjudicationDatedBeforeTheLastReportIsRefused() {
            // the reports are dated 16 and 17 February 2026
            assertThat(rule(() -> adjudicated(LocalDate.of(2026, 2, 16), upheld(), List.of(), null)))
                    .isEqualTo("stage-two.adjudication-before-reports");
        }

        @Test
        void theRightToStageThreeCannotBeToldBeforeTheAdjudication() {
            assertThat(rule(() -> adjudicated(ADJUDICATED, upheld(), List.of(), ADJUDICATED.minusDays(1))))
                    .isEqualTo("decision.told-before-decision");
        }

        @Test
        void theOmbudsmanCannotDecideBeforeTheCouncilsFinalAnswer() {
            Complaint complaint = adjudicated(ADJUDICATED, upheld(), List.of(), ADJUDICATED);
            assertThat(rule(() -> complaint.ombudsman().record("26 000 001", Route.EARLY_REFERRAL, ADJUDICATED.minusDays(1),
                    OmbudsmanDecision.Finding.NO_FAULT, false, List.of(), TODAY)))
                    .isEqualTo("ombudsman.decided-before-council-answer");
        }
    }

    @Nested
    class AnAgreedActionsPeriod {

        @Test
        void isAtMostTenYearsInMonthsWeeksOrDays() {
            assertThat(AgreedActionTerm.agreed("A1", AgreedActionTerm.ActionType.APOLOGY, "P120M", null, null, null, null, List.of()).period())
                    .isEqualTo("P120M");
            assertThat(AgreedActionTerm.agreed("A1", AgreedActionTerm.ActionType.APOLOGY, "P520W", null, null, null, null, List.of()).period())
                    .isEqualTo("P520W");
            for (String tooLong : List.of("P9999M", "P121M", "P521W", "P3661D")) {
                assertThat(rule(() -> AgreedActionTerm.agreed("A1", AgreedActionTerm.ActionType.APOLOGY, tooLong, null,
                        null, null, null, List.of()))).as(tooLong).isEqualTo("action.period-too-long");
            }
        }

        @Test
        void storedBeforeTheBoundExistedStaysReadable() {
            assertThat(new AgreedActionTerm("A1", AgreedActionTerm.ActionType.APOLOGY, "P9999M", null, null).period())
                    .isEqualTo("P9999M");
        }
    }

    @Nested
    class StageOneRecommendations {

        @Test
        void areKeptWithTheResponseAcceptedOrRejectedWithReasons() {
            Complaint complaint = complaint();
            List<RecommendationDecision> recommendations = List.of(new RecommendationDecision("R1", true, null),
                    new RecommendationDecision("R2", false, "The service has already been recommissioned"));
            complaint.stageOne().respond(LocalDate.of(2026, 1, 16), upheld(), List.of(), recommendations, TODAY);
            assertThat(complaint.progress().stageOneResponse().recommendations()).isEqualTo(recommendations);
        }
    }
}
