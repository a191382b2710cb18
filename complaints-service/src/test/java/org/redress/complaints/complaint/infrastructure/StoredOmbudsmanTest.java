package org.redress.complaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/**
 * The Ombudsman's decision as stored in {@code complaint.ombudsman}: one stored before the route was kept
 * reads with the route its early referral says, and its actions, stored before they kept their words,
 * read with none; a stored route that contradicts its early referral is refused rather than guessed at.
 */
class StoredOmbudsmanTest {

    private final StoredOmbudsman.Column column = new StoredOmbudsman.Column();

    @Test
    void aDecisionStoredBeforeTheRouteWasKeptReadsAsAfterTheCouncilsProcedureAndItsActionsWithoutWords() {
        OmbudsmanDecision stored = column.convertToEntityAttribute(StoredDocumentsTest.read("ombudsman-before-route.json"))
                .toDomain();
        assertThat(stored.route()).isEqualTo(OmbudsmanDecision.Route.AFTER_COUNCIL_PROCEDURE);
        assertThat(stored.earlyReferral()).isFalse();
        assertThat(stored.actions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isNull();
            assertThat(action.owner()).isNull();
            assertThat(action.conditions()).isEmpty();
        });
    }

    @Test
    void anEarlyReferralStoredBeforeTheRouteWasKeptReadsAsAnEarlyReferral() {
        String early = StoredDocumentsTest.read("ombudsman-before-route.json")
                .replace("\"earlyReferral\":false", "\"earlyReferral\":true");
        assertThat(column.convertToEntityAttribute(early).toDomain().route())
                .isEqualTo(OmbudsmanDecision.Route.EARLY_REFERRAL);
    }

    @Test
    void aRouteThatContradictsItsEarlyReferralIsRefused() {
        String contradictory = StoredDocumentsTest.read("ombudsman.json")
                .replace("\"earlyReferral\":false", "\"earlyReferral\":true");
        StoredOmbudsman stored = column.convertToEntityAttribute(contradictory);
        assertThatThrownBy(stored::toDomain).isInstanceOf(IllegalArgumentException.class);
    }
}
