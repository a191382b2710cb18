package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Decline;

/** A decline pending proceedings as the API shows it. */
@Schema(name = "Decline")
public record DeclineView(
        Decline.Scope scope,
        List<Integer> points,
        Decline.Proceedings proceedings,
        LocalDate declinedOn,
        LocalDate complainantToldInWritingOn,
        LocalDate reviewOn,
        @Schema(description = "Absent while the proceedings run", nullable = true) LocalDate proceedingsEndedOn,
        @Schema(description = "Absent while the complaint is declined", nullable = true) LocalDate resumedOn) {

    static List<DeclineView> of(List<Decline> declines) {
        return declines.stream().map(d -> new DeclineView(d.scope(), d.points(), d.proceedings(), d.declinedOn(),
                d.complainantToldInWritingOn(), d.reviewOn(), d.proceedingsEndedOn(), d.resumedOn())).toList();
    }
}
