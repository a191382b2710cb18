package org.redress.complaints.intake.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Channel;
import org.redress.complaints.complaint.domain.ComplainantRole;
import org.redress.complaints.complaint.domain.NewComplaint;
import org.redress.complaints.complaint.domain.SubjectMatter;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

/** A complaint as intake records it. */
@Schema(name = "RegisterComplaintRequest", description = "A complaint received by the council")
public record RegisterComplaintRequest(
        @NotNull @HappenedOn @Schema(description = "Date the council received the complaint (day 0 of stage 1)", examples = "2026-11-02", required = true)
        LocalDate receivedDate,
        @NotNull @Schema(description = "How the complaint arrived", examples = "EMAIL", required = true)
        Channel channel,
        @NotNull @Schema(description = "The complainant's relationship to the child", examples = "PARENT", required = true)
        ComplainantRole complainantRole,
        @NotEmpty @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The council's record references of the children concerned", examples = "[\"CR-104233\"]", required = true)
        List<@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,32}", message = "must be a record reference of 3 to 32 letters, digits or dashes") String> childReferences,
        @NotEmpty @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The points of complaint, numbered in this order", required = true)
        List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> points,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "What the complainant wants to happen")
        List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> desiredOutcomes,
        @HappenedOn @Schema(description = "When the matter complained of happened (for the one-year limit)", examples = "2026-09-15")
        LocalDate matterArose,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "Subject matter codes; Part 3 Children Act 1989 matters route to the statutory procedure", examples = "[\"ASSESSMENT\"]")
        List<@NotNull SubjectMatter> subjectMatters,
        @Pattern(regexp = "[A-Za-z0-9-]{3,64}", message = "must be a reference of 3 to 64 letters, digits or dashes")
        @Schema(description = "The advocacy service's reference when an advocate acts for the complainant; any complainant may have one", examples = "ADV-2231")
        String advocateReference) {

    public NewComplaint toNewComplaint() {
        return new NewComplaint(receivedDate, channel, complainantRole, childReferences, points, desiredOutcomes,
                matterArose, subjectMatters, advocateReference);
    }
}
