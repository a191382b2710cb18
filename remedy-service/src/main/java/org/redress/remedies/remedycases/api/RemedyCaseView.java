package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.CarerType;
import org.redress.remedies.remedycases.domain.FinancialRemedyDecision;
import org.redress.remedies.remedycases.domain.RemedyAction;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.remedies.themes.api.ThemeView;
import org.redress.remedies.themes.domain.ThemeAction;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.servicekit.api.Versioned;

/** A remedy case as the API shows it, each action with its due date and whether it is overdue today. */
@Schema(name = "RemedyCase", description = "A remedy case and its agreed actions")
public record RemedyCaseView(
        @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID id,
        @Schema(description = "Case reference with check digit", examples = "REM-2026-000042-7") String reference,
        @Schema(examples = "STAGE_2") RemedySource source,
        @Schema(description = "The complaint the actions were agreed on; absent for a case opened without one, and for "
                + "missed provision found by an assessment", examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10", nullable = true)
        UUID complaintId,
        @Schema(description = "That complaint's reference, when it was given", examples = "CMP-2026-000123-3", nullable = true)
        String complaintReference,
        @Schema(examples = "2026-11-20") LocalDate decisionDate,
        @Schema(examples = "[\"CR-104233\"]") List<String> childReferences,
        List<ActionView> actions,
        @Schema(description = "True when every action is complete", examples = "false") boolean complete,
        @Schema(description = "Quote it back as expectedVersion to update the case; a stale version is refused with 409",
                examples = "3") long version,
        @Schema(description = "Learning across cases: service-improvement actions agreed earlier on other cases on the "
                + "same themes as this case's, completed or not (shown on a single case; empty in lists): the latest "
                + ThemeQueries.LATEST_PER_THEME + " on each theme, by theme and then newest decision first; every "
                + "action on a theme, with its count, is at GET /themes/{theme}/actions")
        List<ThemeView.ThemeActionView> earlierOnTheme) implements Versioned {

    /** One agreed action as it stands today. */
    @Schema(name = "RemedyAction", description = "An agreed action, its due date and whether it is overdue")
    public record ActionView(
            @Schema(examples = "5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13") UUID id,
            @Schema(examples = "A1") String actionRef,
            @Schema(examples = "PAYMENT") ActionType type,
            @Schema(description = "Agreed calendar period from the decision date", examples = "P1M") String period,
            @Schema(description = "Last day of the period; month ends clamped", examples = "2026-12-20") LocalDate dueDate,
            @Schema(description = "PAYMENT only: agreed amount in pence", examples = "30000", nullable = true) Long amountPence,
            @Schema(description = "SERVICE_IMPROVEMENT only: learning theme code", examples = "direct-payments-policy", nullable = true) String theme,
            @Schema(description = "AWAITING_CONFIRMATION, OPEN, IN_PROGRESS, OVERDUE (from the day after the due date "
                    + "while open or in progress, whether or not the overdue sweep has run) or COMPLETED", examples = "OPEN")
            ActionStatus status,
            @Schema(description = "True from the day after the due date while not completed", examples = "false") boolean overdue,
            @Schema(description = "What exactly is to be done", examples = "Written apology from the Director for the delay", nullable = true) String description,
            @Schema(description = "Who owns the action", examples = "Head of Children's Services", nullable = true) String owner,
            @Schema(description = "What the action is to be carried out under, in the words agreed; empty when none",
                    examples = "[\"Keep the children's contact with professionals to a minimum\"]") List<String> conditions,
            @Schema(description = "PAYMENT only: paid so far, in pence", examples = "0", nullable = true) Long paidPence,
            @Schema(description = "PAYMENT only: still owed, in pence; an underpayment leaves it above 0", examples = "30000", nullable = true) Long shortfallPence,
            @Schema(description = "The day it was completed; absent until then", examples = "2026-12-10", nullable = true) LocalDate completedOn,
            @Schema(description = "CARERS_ASSESSMENT: the carer to assess; PUT_SERVICE_IN_PLACE: the child the service "
                    + "is for (record references)", examples = "AR-220871", nullable = true) String personRef,
            @Schema(description = "CARERS_ASSESSMENT only: PARENT_CARER or YOUNG_CARER", examples = "PARENT_CARER", nullable = true) CarerType carerType,
            @Schema(description = "The day it was agreed: the decision date, or the day an action added later was agreed",
                    examples = "2026-11-20") LocalDate agreedOn,
            @Schema(description = "CONSIDER_FINANCIAL_REMEDY only, once decided: what was decided, by whom and when",
                    nullable = true)
            FinancialRemedyView financialRemedy) {

        static ActionView of(RemedyAction action, LocalDate today) {
            boolean payment = action.amountPence() != null;
            return new ActionView(action.id(), action.actionRef(), action.type(), action.period().code(),
                    action.dueDate(), action.amountPence(), action.theme(), action.statusOn(today),
                    action.overdueOn(today), action.description(), action.owner(), action.conditions(),
                    payment ? action.paidPence() : null, payment ? action.shortfallPence() : null, action.completedOn(),
                    action.personRef(), action.carerType(), action.agreedOn(),
                    FinancialRemedyView.of(action.financialRemedy()));
        }
    }

    /** The decision on a financial remedy considered. */
    @Schema(name = "FinancialRemedyDecision", description = "What was decided on a financial remedy, by whom and when")
    public record FinancialRemedyView(
            @Schema(description = "AWARDED or NOT_AWARDED", examples = "AWARDED") FinancialRemedyDecision.Outcome outcome,
            @Schema(description = "AWARDED only: the amount awarded in pence", examples = "45000", nullable = true) Long amountPence,
            @Schema(description = "Why; always given when NOT_AWARDED", examples = "The short breaks were made up in the holidays",
                    nullable = true)
            String reason,
            @Schema(examples = "2026-12-02") LocalDate decidedOn,
            @Schema(description = "Who recorded it (the identity provider's subject)", examples = "remedy-officer-7") String decidedBy,
            @Schema(description = "AWARDED only: the PAYMENT action added for the award", examples = "8e3f1a20-5b6c-4d7e-9f80-1a2b3c4d5e6f",
                    nullable = true)
            UUID paymentActionId) {

        static FinancialRemedyView of(FinancialRemedyDecision decision) {
            return decision == null ? null : new FinancialRemedyView(decision.outcome(), decision.amountPence(),
                    decision.reason(), decision.decidedOn(), decision.decidedBy(), decision.paymentActionId());
        }
    }

    /** The same view with the earlier actions on this case's themes beside it. */
    RemedyCaseView withEarlierOnTheme(List<ThemeAction> earlier) {
        return new RemedyCaseView(id, reference, source, complaintId, complaintReference, decisionDate, childReferences,
                actions, complete, version, earlier.stream().map(ThemeView.ThemeActionView::of).toList());
    }

    static RemedyCaseView of(RemedyCase remedyCase, LocalDate today) {
        var details = remedyCase.details();
        return new RemedyCaseView(remedyCase.id(), remedyCase.reference().toString(), details.source(),
                details.complaintId(), details.complaintReference(), details.decisionDate(),
                details.childReferences(), remedyCase.actions().stream().map(a -> ActionView.of(a, today)).toList(),
                remedyCase.complete(), remedyCase.version(), List.of());
    }
}
