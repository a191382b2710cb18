package org.redress.assessments.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.assessment.domain.TimelineEntry;
import org.redress.assessments.assessment.domain.WayMet;
import org.redress.assessments.storage.StoredDocuments;
import org.redress.assessments.storage.StoredSamples;
import org.redress.servicekit.storage.StoredTexts;

/**
 * Every stored shape of an assessment (and the flags of an EHC plan update) reads the committed sample
 * of what is in the database, goes to the domain and back and writes it unchanged: a domain record
 * or a shape changed so that it would lose or change what is stored fails here.
 */
class StoredAssessmentDocumentsTest {

    @Test
    void conditionsAndPlanReviewsWriteTheirSamplesBackUnchanged() {
        assertThat(StoredSamples.roundTrip("conditions.json", StoredTexts.class, StoredTexts::values,
                StoredTexts::new).values()).containsExactly("NAMED_CONTACT_FOR_FAMILY");
        assertThat(StoredSamples.roundTrip("cin-plan-reviews.json", StoredPlanReviews.class, StoredPlanReviews::reviews,
                StoredPlanReviews::new).reviews()).containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2027, 5, 20));
        assertThat(StoredSamples.roundTrip("csdpa-s2.json", StoredCsdpaS2.class, StoredCsdpaS2::considered,
                StoredCsdpaS2::new).considered()).containsEntry(Csdpa2Category.PRACTICAL_ASSISTANCE_IN_THE_HOME, true)
                .containsEntry(Csdpa2Category.TRAVEL_ASSISTANCE, false).hasSize(2);
    }

    @Test
    void assessorsNeedsAndCarersWriteTheirSamplesBackUnchanged() {
        assertThat(StoredSamples.roundTrip("assessors.json", StoredAssessors.class, StoredAssessors::toDomain,
                StoredAssessors::from).toDomain().get(0).from()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(StoredSamples.roundTrip("needs.json", StoredNeeds.class, StoredNeeds::toDomain, StoredNeeds::from)
                .toDomain().get(0).wayMet()).isEqualTo(WayMet.NOT_MET);
        assertThat(StoredSamples.roundTrip("carers.json", StoredCarers.class, StoredCarers::toDomain,
                StoredCarers::from).carers()).hasSize(2);
    }

    @Test
    void flagsTimelineAndProvisionsWriteTheirSamplesBackUnchanged() {
        assertThat(StoredSamples.roundTrip("flags.json", StoredFlags.class, StoredFlags::toDomain, StoredFlags::from)
                .flags()).hasSize(2);
        assertThat(StoredSamples.roundTrip("ehc-plan-flags.json", StoredFlags.class, StoredFlags::toDomain,
                StoredFlags::from).toDomain().get(0).about()).isEqualTo("ASM-2026-000001-1");
        assertThat(StoredSamples.roundTrip("timeline.json", StoredTimeline.class, StoredTimeline::toDomain,
                StoredTimeline::from).toDomain()).containsExactly(
                        new TimelineEntry(LocalDate.of(2026, 11, 16), "OPENED", null),
                        new TimelineEntry(LocalDate.of(2026, 11, 24), "COMPLETED", null,
                                Instant.parse("2026-11-25T10:00:00Z"), "sw-0147"));
        assertThat(StoredSamples.roundTrip("provisions.json", StoredProvisions.class, StoredProvisions::toDomain,
                StoredProvisions::from).toDomain().get(0).missedDays()).isEqualTo(35);
    }

    @Test
    void emptyColumnsAreStoredAsTheMigrationsDefaultThem() {
        assertThat(StoredDocuments.JSON.write(StoredNeeds.from(List.of()))).isEqualTo("[]");
        assertThat(StoredDocuments.JSON.write(new StoredCsdpaS2(java.util.Map.of()))).isEqualTo("{}");
        assertThat(StoredDocuments.JSON.read("[]", StoredTimeline.class).toDomain()).isEmpty();
    }

    @Test
    void aTimelineEntryStoredBeforeItsRecordingWasKeptReadsWithoutTimeOrActor() {
        assertThat(StoredDocuments.JSON.read("[{\"on\":[2026,11,16],\"what\":\"OPENED\",\"about\":null}]",
                StoredTimeline.class).toDomain()).containsExactly(new TimelineEntry(LocalDate.of(2026, 11, 16), "OPENED", null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[{\"on\":[2026,11,25],\"what\":\"OPENED\",\"about\":null,\"by\":\"sw-1\"}]",
            "[{\"on\":20000,\"what\":\"OPENED\",\"about\":null}]", "[{\"on\":[2026,11,25],\"what\":1,\"about\":null}]",
            "[null]", "[] []", "{}" })
    void aTimelineThatDoesNotMatchItsShapeIsRefused(String stored) {
        assertThatThrownBy(() -> StoredDocuments.JSON.read(stored, StoredTimeline.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"TRAVEL\":true}", "{\"TRAVEL_ASSISTANCE\":1}", "{\"TRAVEL_ASSISTANCE\":null}", "[]" })
    void aCsdpaS2ConsiderationThatDoesNotMatchItsShapeIsRefused(String stored) {
        assertThatThrownBy(() -> StoredDocuments.JSON.read(stored, StoredCsdpaS2.class))
                .isInstanceOf(IllegalStateException.class);
    }

}
