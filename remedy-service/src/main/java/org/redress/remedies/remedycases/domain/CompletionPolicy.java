package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * When an action may be recorded as done (DOMAIN §4: "the case is complete when every action
 * is complete with evidence"). An apology needs the date it was sent (the Ombudsman's guidance
 * on effective apologies expects it to be prompt, so the date is what shows it); a service
 * improvement needs evidence (training records, the revised policy), because the Ombudsman asks
 * councils for that evidence; a shared document needs the reference of what was sent, and
 * evidence to the Ombudsman needs the reference of what was sent to the Ombudsman, because the
 * Ombudsman's remedy compliance checks ask for exactly that proof; a payment is complete only
 * when paid in full, so it completes through its payments, never by hand. A financial remedy considered is
 * complete only with its decision (awarded, with the amount, or not, with the reason), recorded as such, never by
 * a plain completion that would leave the record silent on what was decided. A service put in place is completed
 * by the provision starting (assessment-service announces it); by hand only with evidence that it is in place (a
 * service commissioned outside an assessment's provision, e.g. a contract or a placement record).
 */
public final class CompletionPolicy {

    private CompletionPolicy() {
    }

    static void check(RemedyAction action, Completion completion, LocalDate decisionDate, LocalDate today) {
        action.requireNotComplete();
        requireConfirmed(action);
        checkDate(completion.completedOn(), "completedOn", decisionDate, today);
        switch (action.type()) {
            case APOLOGY -> {
                if (completion.apologySentOn() == null) {
                    throw violation("remedy.apology-without-date-sent", "apologySentOn",
                            "an apology is complete only with the date it was sent");
                }
                checkDate(completion.apologySentOn(), "apologySentOn", decisionDate, today);
                if (completion.apologySentOn().isAfter(completion.completedOn())) {
                    // done means sent: an apology still to be sent on the day recorded as done is not done
                    throw violation("remedy.apology-sent-after-completion", "apologySentOn", "apologySentOn "
                            + completion.apologySentOn() + " is after completedOn " + completion.completedOn());
                }
            }
            case SERVICE_IMPROVEMENT -> requireEvidence(completion, "remedy.service-improvement-without-evidence",
                    "a service improvement is complete only with evidence that it was made");
            case SHARE_DOCUMENT -> requireEvidence(completion, "remedy.share-document-without-evidence",
                    "a shared document is complete only with a reference to what was shared");
            case EVIDENCE_TO_OMBUDSMAN -> requireEvidence(completion, "remedy.evidence-to-ombudsman-without-evidence",
                    "evidence to the Ombudsman is complete only with a reference to what was sent");
            case PUT_SERVICE_IN_PLACE -> requireEvidence(completion, "remedy.service-in-place-without-evidence",
                    "a service is in place by hand only with a reference to what shows it started");
            case CONSIDER_FINANCIAL_REMEDY -> throw violation("remedy.financial-remedy-without-decision", "actionId",
                    "a financial remedy considered is complete only with its decision: record it at "
                            + "financial-remedy-decision");
            case PAYMENT -> throw violation("remedy.payment-not-paid-in-full", "actionId",
                    "a payment action completes when it is paid in full; " + action.shortfallPence()
                            + " pence is still owed");
            default -> {
                // other actions are complete on the date given, with whatever evidence there is
            }
        }
    }

    /** DOMAIN §4: "the case is complete when every action is complete with evidence". */
    private static void requireEvidence(Completion completion, String rule, String detail) {
        if (completion.evidenceRefs().isEmpty()) {
            throw violation(rule, "evidenceRefs", detail);
        }
    }

    /** A computed amount (missed provision from an assessment) is acted on only once a person confirmed it. */
    static void requireConfirmed(RemedyAction action) {
        if (action.status() == ActionStatus.AWAITING_CONFIRMATION) {
            throw new RuleViolation("remedy.action-awaiting-confirmation", ProblemKind.CONFLICT, "actionId",
                    "action " + action.actionRef() + " has a computed amount that a person has not yet confirmed");
        }
    }

    static void checkDate(LocalDate date, String field, LocalDate decisionDate, LocalDate today) {
        if (date.isAfter(today)) {
            throw violation("remedy.date-in-future", field, field + " " + date + " is after today (" + today + ")");
        }
        if (date.isBefore(decisionDate)) {
            throw violation("remedy.date-before-decision", field,
                    field + " " + date + " is before the decision of " + decisionDate);
        }
    }

    static RuleViolation violation(String rule, String field, String detail) {
        return new RuleViolation(rule, ProblemKind.UNPROCESSABLE, field, detail);
    }
}
