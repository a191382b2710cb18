package org.redress.complaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.StageTwo;

/**
 * Stage 2 as stored in {@code complaint.stage_two}: one stored before the adjudicating officer's appointment was
 * kept reads with no adjudicating officer, its other appointments as they were.
 */
class StoredStageTwoTest {

    @Test
    void aStageTwoStoredBeforeTheAdjudicatingOfficerWasKeptReadsWithoutOne() {
        StageTwo stored = new StoredStageTwo.Column()
                .convertToEntityAttribute(StoredDocumentsTest.read("stage-two-before-adjudicating-officer.json")).toDomain();

        assertThat(stored.adjudicatingOfficer()).isNull();
        assertThat(stored.investigatingOfficer().reference()).isEqualTo("IO-0007");
        assertThat(stored.independentPerson().reference()).isEqualTo("IP-0012");
        assertThat(stored.adjudication()).isNotNull();
    }
}
