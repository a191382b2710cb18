package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.StageOneExtension;

/**
 * The stored shape of {@code complaint.stage_one_extension}, and of the extension kept in
 * {@code complaint.stage_two}: the working days, why, when the complainant was told and the day it was decided
 * (absent from extensions stored before it was kept, which read without it).
 */
public record StoredStageOneExtension(int workingDays, String reason, LocalDate complainantToldOn, LocalDate decidedOn) {

    static StoredStageOneExtension from(StageOneExtension extension) {
        return extension == null ? null
                : new StoredStageOneExtension(extension.workingDays(), extension.reason(), extension.complainantToldOn(),
                        extension.decidedOn());
    }

    StageOneExtension toDomain() {
        return new StageOneExtension(workingDays, reason, complainantToldOn, decidedOn);
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStageOneExtension> {

        public Column() {
            super(StoredStageOneExtension.class);
        }
    }
}
