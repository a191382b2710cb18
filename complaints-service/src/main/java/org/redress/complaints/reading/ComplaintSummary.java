package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintState;

/**
 * A complaint in brief, for the systems that need to know only that it exists and where it stands: ids,
 * references, states and dates, and nothing the complainant said (no points, outcomes, decisions or notes).
 */
@Schema(name = "ComplaintSummary", description = "A complaint in brief: ids, references, states and dates only")
public record ComplaintSummary(
        @Schema(examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id,
        @Schema(description = "Case reference with check digit", examples = "CMP-2026-000123-3") String reference,
        @Schema(examples = "2026-11-02") LocalDate receivedDate,
        @Schema(description = "Where the complaint stands", examples = "STAGE_2_INVESTIGATING") ComplaintState state,
        @Schema(description = "STAGE_1, STAGE_2 or STAGE_3; absent while standing is undecided and once finished", examples = "STAGE_2", nullable = true) ComplaintState.Stage stage,
        @Schema(description = "The earliest due date among the complaint's running clocks; absent when none runs", examples = "2026-12-15", nullable = true) LocalDate dueDate) {

    public static ComplaintSummary of(Complaint complaint, LocalDate today) {
        LocalDate due = complaint.clocks().values().stream()
                .filter(clock -> clock.stoppedOn().isEmpty() && clock.openPause().isEmpty())
                .map(clock -> clock.snapshotOn(today).dueDate())
                .min(Comparator.naturalOrder()).orElse(null);
        ComplaintState state = complaint.progress().state();
        return new ComplaintSummary(complaint.id(), complaint.reference().toString(), complaint.details().receivedDate(),
                state, state.stage(), due);
    }
}
