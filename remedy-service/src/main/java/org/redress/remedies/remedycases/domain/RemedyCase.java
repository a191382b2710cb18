package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.contracts.events.RemedyEvent;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A remedy case: the actions a council agreed at a complaint stage or with the Ombudsman, each
 * with a due date counted from the decision date, so that what was promised is followed up and
 * its lateness is visible (DOMAIN §4).
 */
public final class RemedyCase {

    private final UUID id;
    private final CaseReference reference;
    private final NewRemedyCase details;
    private final List<RemedyAction> actions;

    public RemedyCase(UUID id, CaseReference reference, NewRemedyCase details, List<RemedyAction> actions) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.actions = List.copyOf(actions);
    }

    /**
     * Opens a case for what a decision agreed, refusing terms that break a rule, and says what
     * happened: the case opened and, for each reassessment action, one request per child.
     */
    public static Opening open(UUID id, CaseReference reference, NewRemedyCase details, LocalDate today,
            Supplier<UUID> newActionId) {
        DecisionDatePolicy.check(details.decisionDate(), today);
        ReassessmentPolicy.check(details.actions(), details.childReferences());
        List<RemedyAction> actions = agreeEach(details, newActionId);
        RemedyCase remedyCase = new RemedyCase(id, reference, details, actions);
        return new Opening(remedyCase, remedyCase.openingEvents());
    }

    private static List<RemedyAction> agreeEach(NewRemedyCase details, Supplier<UUID> newActionId) {
        Set<String> actionRefs = new HashSet<>();
        List<RemedyAction> actions = new ArrayList<>();
        for (int i = 0; i < details.actions().size(); i++) {
            String field = "actions[" + i + "]";
            AgreedActionTerms terms = details.actions().get(i);
            if (!actionRefs.add(terms.actionRef())) {
                // progress, payments and evidence are reported against the decision's own numbering
                throw new RuleViolation("remedy.duplicate-action-ref", ProblemKind.UNPROCESSABLE,
                        field + ".actionRef", "actionRef " + terms.actionRef() + " is used twice");
            }
            ActionTermsPolicy.check(terms, field);
            actions.add(RemedyAction.agree(newActionId.get(), terms, details.decisionDate(), field));
        }
        return actions;
    }

    private List<RemedyEvent> openingEvents() {
        List<RemedyEvent> events = new ArrayList<>();
        events.add(new RemedyCaseOpened(id, reference.toString(), details.complaintId(),
                details.complaintReference(), details.source().name(), details.decisionDate(), actions.size()));
        for (RemedyAction action : actions) {
            if (action.type() == ActionType.REASSESSMENT) {
                for (String childRef : details.childReferences()) {
                    events.add(new ReassessmentRequested(id, reference.toString(), action.id(),
                            details.complaintId(), childRef, action.dueDate()));
                }
            }
        }
        return List.copyOf(events);
    }

    /** A newly opened case and the events that announce it, in the order they are to be published. */
    public record Opening(RemedyCase remedyCase, List<RemedyEvent> events) {
    }

    public UUID id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public NewRemedyCase details() {
        return details;
    }

    public List<RemedyAction> actions() {
        return actions;
    }
}
