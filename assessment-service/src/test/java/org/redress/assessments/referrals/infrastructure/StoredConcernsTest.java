package org.redress.assessments.referrals.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.assessments.referrals.domain.NeedDomain;
import org.redress.assessments.storage.StoredDocuments;
import org.redress.assessments.storage.StoredSamples;

/** A referral's concerns read their committed sample and write it back unchanged. */
class StoredConcernsTest {

    @Test
    void concernsReadTheirStoredSampleAndWriteItBackUnchanged() {
        StoredConcerns stored = StoredSamples.roundTrip("concerns.json", StoredConcerns.class, StoredConcerns::toDomain,
                StoredConcerns::from);
        assertThat(stored.toDomain()).containsExactly(NeedDomain.HEALTH, NeedDomain.EDUCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"concerns\":[\"HEALTH\"]}", "[1]", "[null]", "[\"HEALTH\"] []", "\"HEALTH\"" })
    void aDocumentThatDoesNotMatchItsShapeIsRefused(String stored) {
        assertThatThrownBy(() -> StoredDocuments.JSON.read(stored, StoredConcerns.class))
                .isInstanceOf(IllegalStateException.class);
    }
}
