package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionCreated;
import org.redress.contracts.events.RemedyActionOverdue;
import org.redress.contracts.events.RemedyCaseCompleted;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.contracts.events.RemedyPaymentRecorded;
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
    private final long version;

    public RemedyCase(UUID id, CaseReference reference, NewRemedyCase details, List<RemedyAction> actions) {
        this(id, reference, details, actions, 0);
    }

    /** A stored case at {@code version}, which callers quote back to update it (optimistic locking). */
    public RemedyCase(UUID id, CaseReference reference, NewRemedyCase details, List<RemedyAction> actions,
            long version) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.actions = List.copyOf(actions);
        this.version = version;
    }

    /**
     * Opens a case for what a decision agreed, refusing terms that break a rule, and says what
     * happened: the case opened and, for each reassessment action, one request per child. Each
     * action goes on the timeline on the decision date, the day it was agreed, whenever the case
     * is recorded (DOMAIN §5).
     */
    public static Opening open(UUID id, CaseReference reference, NewRemedyCase details, LocalDate today,
            Supplier<UUID> newActionId) {
        DecisionDatePolicy.check(details.decisionDate(), today);
        ReassessmentPolicy.check(details.actions(), details.childReferences());
        List<RemedyAction> actions = agreeEach(details, newActionId);
        RemedyCase remedyCase = new RemedyCase(id, reference, details, actions);
        List<TimelineEntry> timeline = actions.stream().map(a -> added(a, details.decisionDate())).toList();
        return new Opening(remedyCase, remedyCase.openingEvents(), timeline);
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
            actions.add(RemedyAction.agree(newActionId.get(), terms, details, field, details.decisionDate()));
        }
        return actions;
    }

    private List<RemedyEvent> openingEvents() {
        List<RemedyEvent> events = new ArrayList<>();
        events.add(new RemedyCaseOpened(id, reference.toString(), details.complaintId(),
                details.complaintReference(), details.source().name(), details.decisionDate(), actions.size()));
        for (RemedyAction action : actions) {
            events.add(created(action));
        }
        for (RemedyAction action : actions) {
            events.addAll(reassessmentRequests(action, details.decisionDate()));
        }
        return List.copyOf(events);
    }

    /** Every action is announced as it is agreed, so consumers can follow it from the start. */
    private RemedyActionCreated created(RemedyAction action) {
        return new RemedyActionCreated(id, reference.toString(), action.id(), action.actionRef(), action.type().name(),
                action.dueDate(), details.complaintId());
    }

    /**
     * A reassessment asked for as agreed, under the conditions agreed with it: the linked assessment
     * counts from {@code agreedOn}.
     */
    private List<RemedyEvent> reassessmentRequests(RemedyAction action, LocalDate agreedOn) {
        if (action.type() == ActionType.CARERS_ASSESSMENT) {
            // one carer, one assessment, in the family of the case's first child (ReassessmentPolicy)
            return List.of(new ReassessmentRequested(id, reference.toString(), action.id(), details.complaintId(),
                    details.childReferences().get(0), action.dueDate(), agreedOn, action.conditions(),
                    action.carerType().name(), action.personRef()));
        }
        if (action.type() != ActionType.REASSESSMENT) {
            return List.of();
        }
        return details.childReferences().stream()
                .<RemedyEvent>map(childRef -> new ReassessmentRequested(id, reference.toString(), action.id(),
                        details.complaintId(), childRef, action.dueDate(), agreedOn, action.conditions()))
                .toList();
    }

    /**
     * Adds an action a person agreed after the decision, on {@code agreedOn}: a day that has come
     * ({@code today} or earlier) and not before the decision it follows (DOMAIN §5: the record takes
     * the day it happened, checked against the case's own dates). See {@link #addAction}.
     */
    public Change agreeLater(UUID actionId, AgreedActionTerms terms, LocalDate agreedOn, LocalDate today) {
        RequiredFields.require(agreedOn, "agreedOn");
        CompletionPolicy.checkDate(agreedOn, "agreedOn", details.decisionDate(), today);
        return addAction(actionId, terms, agreedOn);
    }

    /**
     * Adds an action agreed later (or found since), due from the same decision date; it goes on the
     * timeline on {@code agreedOn}, the day it was agreed or found, and a reassessment counts from it.
     */
    public Change addAction(UUID actionId, AgreedActionTerms terms, LocalDate agreedOn) {
        terms.requireComplete("action");
        if (actions.stream().anyMatch(a -> a.actionRef().equals(terms.actionRef()))) {
            throw new RuleViolation("remedy.duplicate-action-ref", ProblemKind.UNPROCESSABLE, "actionRef",
                    "actionRef " + terms.actionRef() + " is already used on this case");
        }
        ActionTermsPolicy.check(terms, "action");
        ReassessmentPolicy.check(List.of(terms), details.childReferences());
        RemedyAction action = RemedyAction.agree(actionId, terms, details, "action", agreedOn);
        List<RemedyAction> changed = new ArrayList<>(actions);
        changed.add(action);
        List<RemedyEvent> events = new ArrayList<>();
        events.add(created(action));
        events.addAll(reassessmentRequests(action, agreedOn));
        return new Change(new RemedyCase(id, reference, details, changed), events, List.of(added(action, agreedOn)));
    }

    /** An action's first entry on the timeline, in the words it was agreed in. */
    private static TimelineEntry added(RemedyAction action, LocalDate on) {
        return new TimelineEntry(action.id(), TimelineEntry.Kind.ACTION_ADDED, on, action.description(), List.of(),
                null, null);
    }

    /** Records progress on an action: an open action is then in progress; an overdue one stays overdue. */
    public Change recordProgress(UUID actionId, String note, List<String> evidenceRefs, LocalDate today) {
        RemedyAction action = action(actionId);
        action.requireNotComplete();
        RemedyAction progressed = action.status() == ActionStatus.OPEN ? action.withStatus(ActionStatus.IN_PROGRESS)
                : action;
        return new Change(replace(progressed), List.of(), List.of(new TimelineEntry(actionId,
                TimelineEntry.Kind.PROGRESS, today, note, evidenceRefs, null, null)));
    }

    /** Completes an action by hand, under the {@link CompletionPolicy}. */
    public Change complete(UUID actionId, Completion completion, LocalDate today) {
        RemedyAction action = action(actionId);
        CompletionPolicy.check(action, completion, details.decisionDate(), today);
        TimelineEntry entry = new TimelineEntry(actionId, TimelineEntry.Kind.COMPLETED, completion.completedOn(),
                completion.apologySentOn() == null ? null : "apology sent " + completion.apologySentOn(),
                completion.evidenceRefs(), null, null);
        return completeWith(action.completed(completion.completedOn()), new ArrayList<>(), List.of(entry));
    }

    /** Records a payment; the action completes when, and only when, it is paid in full (DOMAIN §4). */
    public Change recordPayment(UUID actionId, Payment payment, LocalDate today) {
        RemedyAction action = action(actionId);
        PaymentPolicy.check(action, payment, details.decisionDate(), today);
        RemedyAction paid = action.paid(action.paidPence() + payment.amountPence());
        List<RemedyEvent> events = new ArrayList<>();
        events.add(new RemedyPaymentRecorded(id, reference.toString(), actionId, payment.kind().name(),
                payment.paidOn(), payment.amountPence(), paid.paidPence(), paid.amountPence(), paid.shortfallPence()));
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(actionId, TimelineEntry.Kind.PAYMENT, payment.paidOn(), payment.kind().name(),
                List.of(), payment.amountPence(), payment.reference()));
        if (paid.shortfallPence() > 0) {
            return new Change(replace(paid), events, timeline);
        }
        timeline.add(TimelineEntry.of(actionId, TimelineEntry.Kind.COMPLETED, payment.paidOn()));
        return completeWith(paid.completed(payment.paidOn()), events, timeline);
    }

    /** Marks an action overdue the day after its due date, once; {@code null} when there is nothing to mark. */
    public Change markOverdue(UUID actionId, LocalDate today) {
        RemedyAction action = action(actionId);
        if (!action.status().fallsOverdue(action.dueDate(), today)) {
            return null;
        }
        RemedyEvent event = new RemedyActionOverdue(id, reference.toString(), actionId, action.actionRef(),
                action.type().name(), details.source().name(), action.dueDate(), today);
        // on the timeline from the day it fell overdue, the day after its due date, however late the sweep ran
        return new Change(replace(action.withStatus(ActionStatus.OVERDUE)), List.of(event),
                List.of(TimelineEntry.of(actionId, TimelineEntry.Kind.OVERDUE, action.dueDate().plusDays(1))));
    }

    /**
     * Sets a payment action's amount due from a calculation, keeping the calculation's breakdown
     * in the timeline so the amount can be shown and checked (DOMAIN §4: "calculations must be
     * exact and shown"). It may not fall to or below what was already paid.
     */
    public Change setAmountDue(UUID actionId, long amountDuePence, String breakdown, LocalDate today) {
        RemedyAction action = action(actionId);
        if (action.type() != ActionType.PAYMENT) {
            throw CompletionPolicy.violation("remedy.payment-on-non-payment-action", "actionId",
                    "action " + action.actionRef() + " is " + action.type() + ", not a PAYMENT");
        }
        action.requireNotComplete();
        if (amountDuePence <= action.paidPence()) {
            throw CompletionPolicy.violation("remedy.amount-due-not-above-paid", "amountDuePence",
                    "the calculated " + amountDuePence + " pence is not more than the " + action.paidPence()
                            + " pence already paid");
        }
        return new Change(replace(action.withAmountDue(amountDuePence)), List.of(), List.of(new TimelineEntry(actionId,
                TimelineEntry.Kind.AMOUNT_DUE, today, breakdown, List.of(), amountDuePence, null)));
    }

    /** A person confirms a computed amount; the action is then open to be paid. */
    public Change confirm(UUID actionId, LocalDate today) {
        RemedyAction action = action(actionId);
        if (action.status() != ActionStatus.AWAITING_CONFIRMATION) {
            throw new RuleViolation("remedy.action-not-awaiting-confirmation", ProblemKind.CONFLICT, "actionId",
                    "action " + action.actionRef() + " is " + action.status() + ", not awaiting confirmation");
        }
        return new Change(replace(action.withStatus(ActionStatus.OPEN)), List.of(), List.of(new TimelineEntry(actionId,
                TimelineEntry.Kind.PROGRESS, today, "amount confirmed", List.of(), action.amountPence(), null)));
    }

    /**
     * A reassessment this case asked for is complete. The action asked for one per child, so it is
     * complete, with the assessments as evidence, once every child's has come back;
     * {@code earlierAssessments} is how many had come back before this one.
     */
    public Change reassessmentCompleted(UUID actionId, String assessmentRef, LocalDate completedOn,
            int earlierAssessments, LocalDate today) {
        RemedyAction action = action(actionId);
        if (!action.type().asksForAnAssessment()) {
            throw new RuleViolation("remedy.not-a-reassessment", ProblemKind.UNPROCESSABLE, "remedyActionId",
                    "action " + action.actionRef() + " is " + action.type() + ", not a REASSESSMENT or CARERS_ASSESSMENT");
        }
        action.requireNotComplete();
        // asked for by this case, so done after its decision; and done by now, like any completion
        RequiredFields.require(completedOn, "completedDate");
        CompletionPolicy.checkDate(completedOn, "completedDate", details.decisionDate(), today);
        List<String> evidence = List.of("assessment:" + assessmentRef);
        boolean carers = action.type() == ActionType.CARERS_ASSESSMENT; // one carer: one assessment
        String done = carers ? "carer's assessment completed" : "reassessment completed";
        if (!carers && earlierAssessments + 1 < details.childReferences().size()) {
            return recordProgress(actionId, done, evidence, today);
        }
        TimelineEntry entry = new TimelineEntry(actionId, TimelineEntry.Kind.COMPLETED, completedOn,
                done, evidence, null, null);
        return completeWith(action.completed(completedOn), new ArrayList<>(), List.of(entry));
    }

    /**
     * Records the decision on a financial remedy considered, which completes the action on the day it was decided.
     * An award adds a payment action for its amount, agreed that day and due when the decision was (the same period
     * from the case's decision date), so the payment is followed until paid in full like any other.
     */
    public Change decideFinancialRemedy(UUID actionId, FinancialRemedyDecision decision, UUID paymentActionId,
            LocalDate today) {
        RemedyAction action = action(actionId);
        FinancialRemedyPolicy.check(action, decision, details.decisionDate(), today);
        List<RemedyEvent> events = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        RemedyCase withPayment = this;
        FinancialRemedyDecision recorded = decision;
        if (decision.outcome() == FinancialRemedyDecision.Outcome.AWARDED) {
            AgreedActionTerms payment = new AgreedActionTerms(paymentRef(action, paymentActionId), ActionType.PAYMENT,
                    action.period().code(), decision.amountPence(), null, "Payment of the financial remedy awarded on "
                            + action.actionRef(), action.owner(), List.of());
            Change added = addAction(paymentActionId, payment, decision.decidedOn());
            withPayment = added.remedyCase();
            events.addAll(added.events());
            timeline.addAll(added.timeline());
            recorded = decision.paidBy(paymentActionId);
        }
        timeline.add(0, new TimelineEntry(actionId, TimelineEntry.Kind.COMPLETED, decision.decidedOn(),
                recorded.inWords(), List.of(), recorded.amountPence(), null));
        Change done = withPayment.completeWith(action.decided(recorded), events, timeline);
        return done;
    }

    /** The payment's number on the case: the considered action's own, marked as its payment, while it fits. */
    private String paymentRef(RemedyAction action, UUID paymentActionId) {
        String ref = action.actionRef() + "-PAY";
        boolean free = actions.stream().noneMatch(a -> a.actionRef().equals(ref));
        return ref.length() <= 16 && free ? ref : "FR-" + paymentActionId.toString().substring(0, 8);
    }

    /**
     * Provision for {@code childRef} started on {@code startedOn}: every open action to put a service in place for
     * that child, agreed by then, is completed that day with the provision as its evidence, so it is on time or
     * late against its due date as of the day the service actually started. {@code null} when none is open.
     */
    public Change provisionStarted(String childRef, UUID provisionId, LocalDate startedOn, LocalDate today) {
        List<RemedyEvent> events = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        RemedyCase current = this;
        for (RemedyAction action : actions) {
            if (action.type() != ActionType.PUT_SERVICE_IN_PLACE || action.status().isComplete()
                    || !childRef.equals(action.personRef()) || startedOn.isBefore(agreedOn(action))) {
                continue;
            }
            CompletionPolicy.checkDate(startedOn, "startedOn", details.decisionDate(), today);
            timeline.add(new TimelineEntry(action.id(), TimelineEntry.Kind.COMPLETED, startedOn, "provision started",
                    List.of("provision:" + provisionId), null, null));
            current = current.completeWith(action.completed(startedOn), events, List.of()).remedyCase();
        }
        return timeline.isEmpty() ? null : new Change(current, events, timeline);
    }

    private LocalDate agreedOn(RemedyAction action) {
        return action.agreedOn() == null ? details.decisionDate() : action.agreedOn();
    }

    private Change completeWith(RemedyAction done, List<RemedyEvent> events, List<TimelineEntry> timeline) {
        RemedyCase after = replace(done);
        events.add(new RemedyActionCompleted(id, reference.toString(), done.id(), done.actionRef(), done.type().name(),
                done.dueDate(), done.completedOn(), done.completedOnTime()));
        if (after.actions.stream().allMatch(a -> a.status().isComplete())) {
            int late = (int) after.actions.stream().filter(a -> !a.completedOnTime()).count();
            // the case is complete on the latest completion date, not that of the action recorded last:
            // an action may be recorded after the others with an earlier date (a backdated apology)
            LocalDate completedOn = after.actions.stream().map(RemedyAction::completedOn)
                    .max(Comparator.naturalOrder()).orElseThrow();
            events.add(new RemedyCaseCompleted(id, reference.toString(), details.complaintId(), completedOn,
                    after.actions.size(), late));
        }
        return new Change(after, events, timeline);
    }

    /** The action with this id; an unknown id breaks rule {@code remedy.unknown-action}. */
    public RemedyAction action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("remedy.unknown-action", ProblemKind.NOT_FOUND, "actionId",
                        "remedy case " + reference + " has no action " + actionId));
    }

    private RemedyCase replace(RemedyAction changed) {
        return new RemedyCase(id, reference, details,
                actions.stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList());
    }

    /**
     * A newly opened case, the events that announce it (in the order they are to be published) and
     * the entries it starts its timeline with.
     */
    public record Opening(RemedyCase remedyCase, List<RemedyEvent> events, List<TimelineEntry> timeline) {

        public Opening {
            events = List.copyOf(events);
            timeline = List.copyOf(timeline);
        }
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

    public long version() {
        return version;
    }

    /** Complete when every action is complete (DOMAIN §4). */
    public boolean complete() {
        return actions.stream().allMatch(a -> a.status().isComplete());
    }
}
