package org.redress.complaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.Finding;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.RecommendationDecision;
import org.redress.complaints.complaint.domain.StageDecision;
import org.redress.statutorytime.ClockState;

/**
 * A stage decision as stored in the complaint's jsonb columns: a stage 1 response stored before
 * recommendations were kept at stage 1 (and before agreed periods were bounded) still reads, and one
 * stored now keeps its recommendations.
 */
class StoredStageDecisionTest {

    private final StoredStageDecision.Column column = new StoredStageDecision.Column();

    @Test
    void aStageOneResponseStoredBeforeRecommendationsWereKeptReadsWithNone() {
        StageDecision stored = column
                .convertToEntityAttribute(StoredDocumentsTest.read("stage-one-response-before-recommendations.json"))
                .toDomain();
        assertThat(stored.recommendations()).isEmpty();
        assertThat(stored.findings()).hasSize(2);
        assertThat(stored.actions()).singleElement().satisfies(action -> assertThat(action.period()).isEqualTo("P9999M"));
    }

    @Test
    void actionsStoredBeforeTheyKeptTheirWordsReadWithNoDescriptionOwnerOrConditions() {
        StageDecision stored = column
                .convertToEntityAttribute(StoredDocumentsTest.read("stage-one-response-before-action-words.json"))
                .toDomain();
        assertThat(stored.actions()).hasSize(2).allSatisfy(action -> {
            assertThat(action.description()).isNull();
            assertThat(action.owner()).isNull();
            assertThat(action.conditions()).isEmpty();
            assertThat(action.personRef()).isNull();
            assertThat(action.carerType()).isNull();
        });
        assertThat(stored.actions().get(0).amountPence()).isEqualTo(25_000L);
    }

    @Test
    void aStageOneResponseKeepsItsRecommendations() {
        List<RecommendationDecision> recommendations = List.of(new RecommendationDecision("R1", true, null),
                new RecommendationDecision("R2", false, "The service has already been recommissioned"));
        StageDecision response = new StageDecision(LocalDate.of(2026, 1, 16),
                List.of(new PointFinding(1, Finding.UPHELD, true)), List.of(), ClockState.MET, recommendations, null);
        String stored = column.convertToDatabaseColumn(StoredStageDecision.from(response));
        assertThat(column.convertToEntityAttribute(stored).toDomain().recommendations()).isEqualTo(recommendations);
    }
}
