package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * The council's decision on whether a complainant whose standing rests on "sufficient interest"
 * in the child's welfare (Children Act 1989 s26(3)(e)) may use the statutory procedure: made as
 * soon as possible, taking the child's views into account, and told to the person (and, where
 * appropriate, the child) if refused.
 *
 * @param childViewsTakenIntoAccountOn when the child's views were taken into account; null if they were not
 * @param reason                       why; required for a refusal
 * @param personToldOn                 when the person was told; required for a refusal
 * @param childToldOn                  when the child was told, where that was appropriate; may be null
 */
public record StandingDecision(Outcome outcome, LocalDate decidedOn, boolean childViewsTakenIntoAccount,
        LocalDate childViewsTakenIntoAccountOn, String reason, LocalDate personToldOn, LocalDate childToldOn) {

    /** Whether the complainant has standing. */
    public enum Outcome {
        ACCEPTED, REFUSED
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
