package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.adjudicated;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.complaint;
import static org.redress.complaints.complaint.domain.ComplaintProcedureTest.rule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.OmbudsmanDecision.Route;
import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.OmbudsmanDecisionRecorded;
import org.redress.contracts.problem.RuleViolation;

/**
 * The Ombudsman's decision is recorded with how the complaint came to the Ombudsman. After the council's
 * procedure and on the council's early referral it needs that procedure's answer; taken early because of
 * the council's delay or its wrong procedure it is recorded at whatever stage the complaint reached.
 */
class OmbudsmanRouteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** The complaint of {@link ComplaintProcedureTest#complaint()} is received on Monday 5 January 2026. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 30);
    private static final AgreedActionTerm REASSESSMENT = new AgreedActionTerm("O1", AgreedActionTerm.ActionType.REASSESSMENT,
            "P3M", null, null, "Reassess both children's needs", "Children with Disabilities team",
            List.of("Keep the children's contact with professionals to a minimum"));

    private static Change record(Complaint complaint, Route route, LocalDate decisionDate) {
        return complaint.ombudsman().record("26 000 901", route, decisionDate,
                OmbudsmanDecision.Finding.FAULT_CAUSING_INJUSTICE, false,
                List.of(REASSESSMENT), TODAY);
    }

    @Nested
    class TakenEarlyForTheCouncilsOwnFailure {

        @Test
        void isRecordedOnAComplaintStillAtStageOneAndAnnouncedWithItsRoute() {
            Complaint complaint = complaint();
            Change change = record(complaint, Route.COUNCIL_DELAY, DECIDED);

            assertThat(complaint.state()).isEqualTo(ComplaintState.STAGE_1_OPEN);
            assertThat(complaint.progress().ombudsman().route()).isEqualTo(Route.COUNCIL_DELAY);
            assertThat(complaint.progress().ombudsman().earlyReferral()).isFalse();
            assertThat(change.events().get(0)).isInstanceOfSatisfying(OmbudsmanDecisionRecorded.class, recorded -> {
                assertThat(recorded.route()).isEqualTo("COUNCIL_DELAY");
                assertThat(recorded.earlyReferral()).as("taken before the council's procedure ended").isTrue();
                assertThat(recorded.actionCount()).isEqualTo(1);
            });
            assertThat(change.events().get(1)).isInstanceOfSatisfying(ActionsAgreed.class, agreed -> {
                assertThat(agreed.source()).isEqualTo("OMBUDSMAN");
                assertThat(agreed.decisionDate()).isEqualTo(DECIDED);
                assertThat(agreed.actions()).singleElement().satisfies(action -> {
                    assertThat(action.description()).isEqualTo("Reassess both children's needs");
                    assertThat(action.owner()).isEqualTo("Children with Disabilities team");
                    assertThat(action.conditions())
                            .containsExactly("Keep the children's contact with professionals to a minimum");
                });
            });
        }

        @Test
        void saysOnTheTimelineInWordsHowTheOmbudsmanCameToIt() {
            Change change = record(complaint(), Route.COUNCIL_DELAY, DECIDED);
            assertThat(change.notes()).singleElement().satisfies(note -> {
                assertThat(note.what()).isEqualTo("ombudsman.decided");
                assertThat(note.happenedOn()).isEqualTo(DECIDED);
                assertThat(note.detail()).isEqualTo("the Ombudsman (case 26 000 901) decided on 2026-06-30, having taken"
                        + " the complaint early, because of the council's delay: fault causing injustice, 1 action agreed");
            });
        }

        @Test
        void isRecordedForTheWrongProcedureOnAClosedComplaint() {
            Complaint complaint = complaint();
            complaint.intake().overrideRouting(Procedure.CORPORATE, "handled as a corporate complaint", TODAY);
            complaint.closure().close("RESOLVED", LocalDate.of(2026, 1, 16), TODAY);
            record(complaint, Route.WRONG_PROCEDURE, DECIDED);
            assertThat(complaint.state()).isEqualTo(ComplaintState.CLOSED);
            assertThat(complaint.progress().ombudsman().route()).isEqualTo(Route.WRONG_PROCEDURE);
        }

        @Test
        void isNotAnEarlyReferralSoItsConditionsAreNotChecked() {
            Complaint complaint = adjudicated(LocalDate.of(2026, 2, 27),
                    List.of(new PointFinding(1, Finding.NOT_UPHELD, false), new PointFinding(2, Finding.NOT_UPHELD, false)),
                    List.of(), LocalDate.of(2026, 2, 27));
            record(complaint, Route.COUNCIL_DELAY, DECIDED);
            assertThat(complaint.flagsOn(TODAY)).extracting(Flag::code)
                    .doesNotContain(Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET);
        }

        @Test
        void cannotBeDecidedBeforeTheComplaintWasReceivedOrInTheFuture() {
            assertThat(rule(() -> record(complaint(), Route.COUNCIL_DELAY, RECEIVED.minusDays(1))))
                    .isEqualTo("date.before-receipt");
            assertThat(rule(() -> record(complaint(), Route.WRONG_PROCEDURE, TODAY.plusDays(1))))
                    .isEqualTo("date.in-future");
        }
    }

    @Nested
    class AfterTheCouncilsProcedure {

        @Test
        void stillNeedsStageThreeAnswered() {
            assertThat(rule(() -> record(complaint(), Route.AFTER_COUNCIL_PROCEDURE, DECIDED)))
                    .isEqualTo("ombudsman.procedure-not-exhausted");
            Complaint adjudicated = adjudicated(LocalDate.of(2026, 2, 27), ComplaintProcedureTest.upheld(), List.of(),
                    LocalDate.of(2026, 2, 27));
            assertThat(rule(() -> record(adjudicated, Route.AFTER_COUNCIL_PROCEDURE, DECIDED)))
                    .isEqualTo("ombudsman.procedure-not-exhausted");
        }

        @Test
        void anEarlyReferralStillNeedsTheStageTwoAdjudication() {
            assertThat(rule(() -> record(ComplaintProcedureTest.respondedOn(LocalDate.of(2026, 1, 16)),
                    Route.EARLY_REFERRAL, DECIDED))).isEqualTo("ombudsman.procedure-not-exhausted");
        }
    }

    @Nested
    class TheRouteOfARequest {

        @Test
        void isWhatItsEarlyReferralSaysWhenItGivesNone() {
            assertThat(Route.of(null, null)).isEqualTo(Route.AFTER_COUNCIL_PROCEDURE);
            assertThat(Route.of(null, false)).isEqualTo(Route.AFTER_COUNCIL_PROCEDURE);
            assertThat(Route.of(null, true)).isEqualTo(Route.EARLY_REFERRAL);
        }

        @Test
        void isTheRouteGivenWhenItsEarlyReferralAgrees() {
            assertThat(Route.of(Route.EARLY_REFERRAL, true)).isEqualTo(Route.EARLY_REFERRAL);
            assertThat(Route.of(Route.COUNCIL_DELAY, false)).isEqualTo(Route.COUNCIL_DELAY);
            assertThat(Route.of(Route.WRONG_PROCEDURE, null)).isEqualTo(Route.WRONG_PROCEDURE);
        }

        @Test
        void isRefusedNamingTheRouteWhenItsEarlyReferralDisagrees() {
            for (Route route : List.of(Route.AFTER_COUNCIL_PROCEDURE, Route.COUNCIL_DELAY, Route.WRONG_PROCEDURE)) {
                assertThat(violation(() -> Route.of(route, true))).as(route.name()).satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("ombudsman.route-disagrees-with-early-referral");
                    assertThat(v.field()).isEqualTo("route");
                });
            }
            assertThat(violation(() -> Route.of(Route.EARLY_REFERRAL, false)).rule())
                    .isEqualTo("ombudsman.route-disagrees-with-early-referral");
        }

        private RuleViolation violation(Runnable action) {
            try {
                action.run();
            } catch (RuleViolation violation) {
                return violation;
            }
            throw new AssertionError("no rule was broken");
        }
    }
}
