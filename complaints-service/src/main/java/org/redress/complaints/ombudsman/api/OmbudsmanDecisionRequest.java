package org.redress.complaints.ombudsman.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.api.AgreedActionBody;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;
import org.redress.complaints.ombudsman.application.RecordOmbudsman;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "OmbudsmanDecisionRequest", description = "The Ombudsman's decision on the complaint")
public record OmbudsmanDecisionRequest(
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "The Ombudsman's case reference", examples = "24 012 345", required = true) String reference,
        @Schema(description = "How the complaint came to the Ombudsman: AFTER_COUNCIL_PROCEDURE needs stage 3 answered; EARLY_REFERRAL, the council's referral after the stage 2 adjudication; COUNCIL_DELAY and WRONG_PROCEDURE, taken early because of the council's delay or its wrong procedure, at any stage of an open or closed complaint. Absent: what earlyReferral says", examples = "COUNCIL_DELAY") OmbudsmanDecision.Route route,
        @Schema(description = "Referred early by the council after stage 2: the route EARLY_REFERRAL. Kept for callers that do not give the route; given with a route, it must agree with it (422 ombudsman.route-disagrees-with-early-referral)", examples = "false") Boolean earlyReferral,
        @NotNull @HappenedOn @Schema(examples = "2027-06-30", required = true) LocalDate decisionDate,
        @NotNull @Schema(examples = "FAULT_CAUSING_INJUSTICE", required = true) OmbudsmanDecision.Finding finding,
        @Schema(description = "A formal (public) report: the council must reply within 3 months", examples = "false") boolean formalReport,
        @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull AgreedActionBody> actions) {
    RecordOmbudsman command() {
        return new RecordOmbudsman(reference, OmbudsmanDecision.Route.of(route, earlyReferral), decisionDate, finding,
                formalReport, AgreedActionBody.toDomain(actions));
    }
}
