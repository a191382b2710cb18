package org.redress.remedies.assessmentoutcomes.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.application.OpeningRemedyCase;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.RemedySource;

/**
 * Missed provision an assessment found becomes a payment action for the computed amount, on the
 * assessment's missed provision case (opened the first time), waiting for a person to confirm
 * it. Each provision is one action, numbered from its id, so the same provision announced twice
 * is refused as a duplicate action rather than paid twice.
 * <p>
 * The missed provision is a fact from the day the provision started late, not from the day
 * remedy-service heard of it: that day is the case's decision date (the one payment is due a
 * month from, and the earliest a payment can be dated) and the day a later provision's action
 * goes on the timeline (DOMAIN §5: the record takes the day it happened).
 */
@ApplicationScoped
public class RecordingMissedProvision {

    /** Paid within one month of being found, as for an agreed payment. */
    static final String PAYMENT_PERIOD = "P1M";

    private final OpeningRemedyCase opening;
    private final RemedyCaseChanges changes;
    private final RemedyCaseRepository remedyCases;

    public RecordingMissedProvision(OpeningRemedyCase opening, RemedyCaseChanges changes,
            RemedyCaseRepository remedyCases) {
        this.opening = opening;
        this.changes = changes;
        this.remedyCases = remedyCases;
    }

    /**
     * Records provision missed for a child that started late on {@code startedOn};
     * {@code description} shows how the amount was computed.
     */
    @Transactional
    public RemedyCase record(UUID assessmentId, String childRef, UUID provisionId, LocalDate startedOn,
            long amountDuePence, String description) {
        AgreedActionTerms payment = new AgreedActionTerms(actionRef(provisionId), ActionType.PAYMENT, PAYMENT_PERIOD,
                amountDuePence, null, description, null, List.of());
        var existing = remedyCases.findForAssessment(assessmentId);
        if (existing.isPresent()) {
            RemedyCase remedyCase = existing.get();
            return changes.commit(remedyCase, remedyCase.addAction(UUID.randomUUID(), payment, startedOn),
                    null, "remedy-action.added");
        }
        return opening.open(new NewRemedyCase(RemedySource.MISSED_PROVISION, null, null, assessmentId,
                startedOn, List.of(childRef), List.of(payment)));
    }

    static String actionRef(UUID provisionId) {
        return "MP-" + provisionId.toString().substring(0, 8);
    }
}
