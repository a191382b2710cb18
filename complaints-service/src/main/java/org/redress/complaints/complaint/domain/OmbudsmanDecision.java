package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The Local Government and Social Care Ombudsman's decision on the complaint: its reference,
 * whether it came as an early referral after stage 2, the decision date, the finding and the
 * agreed actions (which become remedies). After a formal report the council must tell the
 * Ombudsman within 3 months what it has done or will do (Local Government Act 1974 s31(2)).
 *
 * @param finding       e.g. {@code FAULT_CAUSING_INJUSTICE}, {@code FAULT_NO_INJUSTICE}, {@code NO_FAULT}
 * @param councilReplyDueOn for a formal report, 3 months after the decision; otherwise null
 */
public record OmbudsmanDecision(String reference, boolean earlyReferral, LocalDate decisionDate, Finding finding,
        boolean formalReport, List<AgreedActionTerm> actions, LocalDate councilReplyDueOn) {

    /** The Ombudsman's findings. */
    public enum Finding {
        FAULT_CAUSING_INJUSTICE, FAULT_NO_INJUSTICE, NO_FAULT, NOT_INVESTIGATED
    }

    public OmbudsmanDecision {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
