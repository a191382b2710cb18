package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.CarerType;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.PersonTermsPolicy;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.servicekit.validation.HappenedOn;

/** What a decision agreed, as the API takes it. */
@Schema(name = "OpenRemedyCaseRequest", description = "The actions a council agreed in one decision")
public record OpenRemedyCaseRequest(
        @NotNull @Schema(description = "Where the actions were agreed", examples = "STAGE_2", required = true)
        RemedySource source,
        @Schema(description = "The complaint the actions were agreed on, if any", examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10")
        UUID complaintId,
        // a serial of up to 18 digits: any a long holds, and the reference fits its column
        @Pattern(regexp = "[A-Z]{3}-\\d{4}-\\d{6,18}-\\d", message = "must be a case reference such as CMP-2026-000123-3")
        @Schema(description = "That complaint's reference", examples = "CMP-2026-000123-3")
        String complaintReference,
        @NotNull @HappenedOn @Schema(description = "Date of the decision; every agreed period runs from it. "
                + "From 2000-01-01 and not in the future.", examples = "2026-11-20", required = true)
        LocalDate decisionDate,
        @Size(max = 10) @Schema(description = "The council's record references of the children concerned; "
                + "each REASSESSMENT action asks for one reassessment per child", examples = "[\"CR-104233\"]")
        List<@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{3,32}", message = "must be a record reference of 3 to 32 letters, digits or dashes") String> childReferences,
        @NotEmpty @Size(max = 50) @Schema(description = "The agreed actions, at least one", required = true)
        List<@NotNull @Valid AgreedActionRequest> actions) {

    /** One agreed action. */
    @Schema(name = "AgreedActionRequest", description = "One action as the decision agreed it")
    public record AgreedActionRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,16}", message = "must be 1 to 16 letters, digits, dots or dashes")
            @Schema(description = "The decision's own number for the action", examples = "A1", required = true)
            String actionRef,
            @NotNull @Schema(examples = "PAYMENT", required = true)
            ActionType type,
            @NotBlank @Pattern(regexp = "P\\d{1,4}[DWM]", message = "must be a calendar period such as P14D, P4W, P1M or P3M")
            @Schema(description = "Agreed period from the decision date, in calendar days, weeks or months; "
                    + "at most 120 months (P120M), the longest an Ombudsman remedy runs", examples = "P1M", required = true)
            String period,
            @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE)
            @Schema(description = "PAYMENT only, and required for it: the agreed amount in pence, more than 0",
                    examples = "30000")
            Long amountPence,
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a theme code such as direct-payments-policy")
            @Size(max = 64)
            @Schema(description = "SERVICE_IMPROVEMENT only, and required for it: the learning theme code",
                    examples = "direct-payments-policy")
            String theme,
            @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "What exactly is to be done",
                    examples = "Written apology from the Director")
            String description,
            @Size(max = Bounds.MAX_NAME_LENGTH) @Schema(description = "Who owns the action", examples = "Head of Children's Services")
            String owner,
            @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "What the action is to be carried out under, in the "
                    + "decision's words; a REASSESSMENT passes them on to each child's assessment",
                    examples = "[\"Keep the children's contact with professionals to a minimum\"]")
            List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> conditions,
            @Pattern(regexp = PersonTermsPolicy.RECORD_REFERENCE,
                    message = "must be a record reference of 3 to 32 letters, digits or dashes")
            @Schema(description = "CARERS_ASSESSMENT and PUT_SERVICE_IN_PLACE only, and required for them: the record "
                    + "reference of the carer to assess, or of the child the service is for (checked as childReferences "
                    + "are, 3 to 32 letters, digits or dashes; refused naming actions[i].personRef)", examples = "AR-220871")
            String personRef,
            @Schema(description = "CARERS_ASSESSMENT only, and required for it: PARENT_CARER (Children Act 1989 s17ZD) "
                    + "or YOUNG_CARER (s17ZA)", examples = "PARENT_CARER")
            CarerType carerType,
            @HappenedOn @Schema(description = "The day the action was agreed: when adding an action to a case, from the "
                    + "decision date up to today, and today when not given (a REASSESSMENT counts from it); the actions "
                    + "a case opens with were agreed on its decision date, and another day is refused",
                    examples = "2026-12-01")
            LocalDate agreedOn) {

        AgreedActionTerms toTerms() {
            return new AgreedActionTerms(actionRef, type, period, amountPence, theme, description, owner, conditions,
                    personRef, carerType);
        }
    }

    NewRemedyCase toNewRemedyCase() {
        for (int i = 0; i < actions.size(); i++) {
            LocalDate agreedOn = actions.get(i).agreedOn();
            if (agreedOn != null && !agreedOn.equals(decisionDate)) {
                // one decision agreed them all: an action agreed another day is added to the case on that day
                throw new RuleViolation("remedy.agreed-on-not-decision-date", ProblemKind.UNPROCESSABLE,
                        "actions[" + i + "].agreedOn", "the actions a case opens with were agreed on its decisionDate "
                                + decisionDate + ", not on " + agreedOn + "; add an action agreed later to the case");
            }
        }
        return new NewRemedyCase(source, complaintId, complaintReference, decisionDate, childReferences,
                actions.stream().map(AgreedActionRequest::toTerms).toList());
    }
}
