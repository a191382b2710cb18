package org.redress.complaints.complaint.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.contracts.Bounds;

@Schema(name = "AgreedActionBody", description = "An action agreed, with the calendar period to do it in")
public record AgreedActionBody(
        @NotBlank @Size(max = Bounds.MAX_ACTION_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "A1", required = true) String actionRef,
        @NotNull @Schema(examples = "APOLOGY", required = true) AgreedActionTerm.ActionType type,
        @NotBlank @Pattern(regexp = "P[1-9][0-9]{0,3}[DWM]", message = "must be a period such as P4W, P1M or P3M") @Schema(description = "Days, weeks or months, at most " + Bounds.MAX_PERIOD_MONTHS + " months in all", examples = "P1M", required = true) String period,
        @Positive @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "For a payment, the amount in pence", examples = "30000") Long amountPence,
        @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "For a service improvement, the learning theme code", examples = "CARER_ASSESSMENTS") String theme,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "The action in the decision's own words", examples = "Reassess both children's needs, considering short breaks in the home") String description,
        @Size(max = Bounds.MAX_NAME_LENGTH) @Schema(description = "Who is to carry the action out: a team or a role", examples = "Children with Disabilities team") String owner,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "Conditions the action is to be carried out under; none when absent", examples = "[\"Keep the children's contact with professionals to a minimum\"]") List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> conditions) {
    public AgreedActionTerm toDomain() {
        return AgreedActionTerm.agreed(actionRef, type, period, amountPence, theme, description, owner, conditions);
    }

    /** The agreed actions of a request; none when the request lists none. */
    public static List<AgreedActionTerm> toDomain(List<AgreedActionBody> actions) {
        return actions == null ? List.of() : actions.stream().map(AgreedActionBody::toDomain).toList();
    }
}
