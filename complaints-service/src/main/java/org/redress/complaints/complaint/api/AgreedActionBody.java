package org.redress.complaints.complaint.api;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.RuleViolation;

@Schema(name = "AgreedActionBody", description = "An action agreed, with the calendar period to do it in")
public record AgreedActionBody(
        @NotBlank @Size(max = Bounds.MAX_ACTION_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "A1", required = true) String actionRef,
        @NotNull @Schema(examples = "APOLOGY", required = true) AgreedActionTerm.ActionType type,
        @NotBlank @Pattern(regexp = "P[1-9][0-9]{0,3}[DWM]", message = "must be a period such as P4W, P1M or P3M") @Schema(description = "Days, weeks or months, at most " + Bounds.MAX_PERIOD_MONTHS + " months in all", examples = "P1M", required = true) String period,
        @Positive @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "For a payment, the amount in pence", examples = "30000") Long amountPence,
        @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "For a service improvement, the learning theme code", examples = "CARER_ASSESSMENTS") String theme,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "The action in the decision's own words", examples = "Reassess both children's needs, considering short breaks in the home") String description,
        @Size(max = Bounds.MAX_NAME_LENGTH) @Schema(description = "Who is to carry the action out: a team or a role", examples = "Children with Disabilities team") String owner,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "Conditions the action is to be carried out under; none when absent", examples = "[\"Keep the children's contact with professionals to a minimum\"]") List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> conditions,
        @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(description = "The council's record reference of the person the action is for: the carer to assess (CARERS_ASSESSMENT) or the child to put a service in place for (PUT_SERVICE_IN_PLACE); required for those two types and refused on every other", examples = "AR-220871") String personRef,
        @Schema(description = "For a carer's assessment (and nothing else, where it is refused): PARENT_CARER (Children Act 1989 s17ZD) or YOUNG_CARER (s17ZA)", examples = "PARENT_CARER") AgreedActionTerm.CarerType carerType) {
    public AgreedActionTerm toDomain() {
        return AgreedActionTerm.agreed(actionRef, type, period, amountPence, theme, description, owner, conditions,
                personRef, carerType);
    }

    /**
     * The agreed actions of a request; none when the request lists none. A rule an action breaks names its
     * field within the list, as Bean Validation does ({@code actions[2].personRef}).
     */
    public static List<AgreedActionTerm> toDomain(List<AgreedActionBody> actions) {
        if (actions == null) {
            return List.of();
        }
        return IntStream.range(0, actions.size()).mapToObj(i -> inList(i, actions.get(i))).toList();
    }

    private static AgreedActionTerm inList(int index, AgreedActionBody action) {
        try {
            return action.toDomain();
        } catch (RuleViolation violation) {
            if (violation.field() == null || violation.field().equals("actions")) {
                throw violation;
            }
            throw new RuleViolation(violation.rule(), violation.kind(), "actions[" + index + "]." + violation.field(),
                    violation.getMessage());
        }
    }
}
