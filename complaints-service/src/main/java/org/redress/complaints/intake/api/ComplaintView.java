package org.redress.complaints.intake.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.intake.domain.Complaint;
import org.redress.complaints.intake.domain.ComplaintPoint;
import org.redress.servicekit.api.ClockView;

/** A complaint as the API shows it, with its stage 1 clock as it stands today. */
@Schema(name = "Complaint", description = "A complaint and its clocks")
public record ComplaintView(
        @Schema(examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id,
        @Schema(description = "Case reference with check digit", examples = "CMP-2026-000123-3") String reference,
        @Schema(examples = "2026-11-02") LocalDate receivedDate,
        @Schema(examples = "EMAIL") String channel,
        @Schema(examples = "PARENT") String complainantRole,
        List<String> childReferences,
        List<ComplaintPoint> points,
        List<String> desiredOutcomes,
        LocalDate matterArose,
        @Schema(examples = "STATUTORY_CHILDREN") String procedure,
        @Schema(description = "Stage 1: 10 working days from receipt, 20 at most") ClockView stageOneClock) {

    static ComplaintView of(Complaint complaint, LocalDate today) {
        var details = complaint.details();
        return new ComplaintView(complaint.id(), complaint.reference().toString(), details.receivedDate(),
                details.channel().name(), details.complainantRole().name(), details.childReferences(),
                complaint.points(), details.desiredOutcomes(), details.matterArose(), complaint.procedure().name(),
                ClockView.of(complaint.stageOneClock().snapshotOn(today)));
    }
}
