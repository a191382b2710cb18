package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Hold;

/** A hold as the API shows it. */
@Schema(name = "Hold")
public record HoldView(
        Hold.HoldReason reason,
        LocalDate heldOn,
        LocalDate complainantToldOn,
        LocalDate reviewOn,
        @Schema(description = "Absent while the hold is open", nullable = true) LocalDate releasedOn,
        @Schema(description = "The day the hold was reviewed while it went on; absent while unreviewed", nullable = true)
        LocalDate reviewedOn) {

    static List<HoldView> of(List<Hold> holds) {
        return holds.stream().map(h -> new HoldView(h.reason(), h.heldOn(), h.complainantToldOn(), h.reviewOn(),
                h.releasedOn(), h.reviewedOn())).toList();
    }
}
