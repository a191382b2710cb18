package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

class AssessmentScopeTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** A child in need assessment of the children's social care team, with {@code assessor} assigned to it. */
    private static Assessment childrensTeamsAssignedTo(String assessor) {
        Assessment assessment = Assessment.open(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2026, 7),
                new Assessment.Request(UUID.randomUUID(), "CR-104233", STARTED, false, AssessmentType.CHILD_IN_NEED,
                        Team.CHILDRENS_SOCIAL_CARE, List.of()), CALENDAR).assessment();
        assessment.assign(assessor, LocalDate.of(2026, 11, 16), TODAY);
        return assessment;
    }

    private static Assessment askedForByARemedy() {
        return Assessment.openForRemedy(UUID.randomUUID(), new CaseReference(Assessment.REFERENCE_PREFIX, 2026, 8),
                Assessment.Subject.child("CR-104233"), new RemedyLink(UUID.randomUUID(), "REM-2026-000042-7",
                        UUID.randomUUID(), null, null), STARTED, List.of(), CALENDAR).assessment();
    }

    @Nested
    class ASocialWorker {

        @Test
        void seesTheAssessmentsTheyAreAssignedToInAnyTeam() {
            assertThat(AssessmentScope.socialWorker("sw-0147", Team.ADULT_SOCIAL_CARE)
                    .includes(childrensTeamsAssignedTo("sw-0147"))).isTrue();
            assertThat(AssessmentScope.socialWorker("sw-0147", null).includes(childrensTeamsAssignedTo("sw-0147")))
                    .isTrue();
        }

        @Test
        void seesTheirTeamsAssessmentsUnassigned() {
            assertThat(AssessmentScope.socialWorker("sw-0200", Team.CHILDRENS_SOCIAL_CARE)
                    .includes(childrensTeamsAssignedTo("sw-0147"))).isTrue();
        }

        @Test
        void seesNoOtherTeamsAssessmentTheyAreNotAssignedTo() {
            assertThat(AssessmentScope.socialWorker("sw-0200", Team.ADULT_SOCIAL_CARE)
                    .includes(childrensTeamsAssignedTo("sw-0147"))).isFalse();
            assertThat(AssessmentScope.socialWorker("sw-0200", null).includes(childrensTeamsAssignedTo("sw-0147")))
                    .isFalse();
            assertThat(AssessmentScope.socialWorker("sw-0200", Team.ADULT_SOCIAL_CARE).includes(askedForByARemedy()))
                    .isFalse();
        }

        @Test
        void withNoClaimAtAllSeesNothing() {
            AssessmentScope scope = AssessmentScope.socialWorker(null, null);
            assertThat(scope.isEmpty()).isTrue();
            assertThat(scope.includes(childrensTeamsAssignedTo("sw-0147"))).isFalse();
        }
    }

    @Nested
    class ATeamManager {

        @Test
        void seesTheirTeamsAssessmentsAndNoOthers() {
            assertThat(AssessmentScope.teamManager(Team.CHILDRENS_SOCIAL_CARE).includes(childrensTeamsAssignedTo("sw-0147")))
                    .isTrue();
            assertThat(AssessmentScope.teamManager(Team.ADULT_SOCIAL_CARE).includes(childrensTeamsAssignedTo("sw-0147")))
                    .isFalse();
            assertThat(AssessmentScope.teamManager(null).isEmpty()).isTrue();
        }
    }

    @Nested
    class ARemedyOfficer {

        @Test
        void seesOnlyTheAssessmentsARemedyAskedFor() {
            assertThat(AssessmentScope.remedyOfficer().includes(askedForByARemedy())).isTrue();
            assertThat(AssessmentScope.remedyOfficer().includes(childrensTeamsAssignedTo("sw-0147"))).isFalse();
        }
    }

    @Nested
    class SeveralRoles {

        @Test
        void seeWhatAnyOfThemAllows() {
            AssessmentScope both = AssessmentScope.socialWorker("sw-0200", Team.ADULT_SOCIAL_CARE)
                    .or(AssessmentScope.remedyOfficer());
            assertThat(both.includes(askedForByARemedy())).isTrue();
            assertThat(both.includes(childrensTeamsAssignedTo("sw-0200"))).isTrue();
            assertThat(both.includes(childrensTeamsAssignedTo("sw-0147"))).isFalse();
            assertThat(AssessmentScope.NO_ASSESSMENT.or(AssessmentScope.EVERY_ASSESSMENT)
                    .includes(childrensTeamsAssignedTo("sw-0147"))).isTrue();
        }
    }
}
