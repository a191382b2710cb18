package org.redress.complaints.reading;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StageOneExtension;

/** The one extension of stage 1 or stage 2 as the API shows it. */
@Schema(name = "StageOneExtension")
public record StageOneExtensionView(
        int workingDays,
        String reason,
        LocalDate complainantToldOn,
        @Schema(description = "The day the stage 1 extension was decided; absent for a stage 2 extension and for"
                + " stage 1 extensions recorded before that day was kept", nullable = true)
        LocalDate decidedOn) {

    static StageOneExtensionView of(StageOneExtension extension) {
        return extension == null ? null
                : new StageOneExtensionView(extension.workingDays(), extension.reason(), extension.complainantToldOn(),
                        extension.decidedOn());
    }
}
