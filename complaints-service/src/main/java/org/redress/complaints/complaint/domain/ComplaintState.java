package org.redress.complaints.complaint.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Where a complaint stands in the statutory three-stage procedure (Children Act 1989
 * Representations Procedure (England) Regulations 2006). Transitions are a fixed table: a
 * complaint cannot skip a stage or come back from closure.
 */
public enum ComplaintState {
    /**
     * The complainant relies on sufficient interest in the child's welfare: the council decides
     * their standing, as soon as possible, before stage 1 opens.
     */
    AWAITING_STANDING_DECISION(null, true),
    STAGE_1_OPEN(Stage.STAGE_1, true),
    STAGE_1_RESPONDED(Stage.STAGE_1, false),
    /** Stage 2 asked for: open at once, with the progression clock running to the agreed statement. */
    STAGE_2_REQUESTED(Stage.STAGE_2, true),
    /** Statement of complaint agreed: the investigation and the 25/65 working day clock run. */
    STAGE_2_INVESTIGATING(Stage.STAGE_2, true),
    STAGE_2_ADJUDICATED(Stage.STAGE_2, false),
    STAGE_3_REQUESTED(Stage.STAGE_3, true),
    STAGE_3_PANEL_HELD(Stage.STAGE_3, true),
    STAGE_3_RESPONDED(Stage.STAGE_3, false),
    /** Refused under the one-year limit (Regs 2006 reg 9). */
    REFUSED_OUT_OF_TIME(null, false),
    /** The council decided the complainant has no sufficient interest: the complaint ends, it is not closed. */
    REFUSED_STANDING(null, false),
    CLOSED(null, false);

    /** The three stages of the procedure. */
    public enum Stage {
        STAGE_1, STAGE_2, STAGE_3
    }

    private static final Map<ComplaintState, Set<ComplaintState>> NEXT = Map.ofEntries(
            Map.entry(AWAITING_STANDING_DECISION, EnumSet.of(STAGE_1_OPEN, REFUSED_STANDING, REFUSED_OUT_OF_TIME, CLOSED)),
            Map.entry(STAGE_1_OPEN, EnumSet.of(STAGE_1_RESPONDED, REFUSED_OUT_OF_TIME, CLOSED)),
            Map.entry(STAGE_1_RESPONDED, EnumSet.of(STAGE_2_REQUESTED, CLOSED)),
            Map.entry(STAGE_2_REQUESTED, EnumSet.of(STAGE_2_INVESTIGATING, CLOSED)),
            Map.entry(STAGE_2_INVESTIGATING, EnumSet.of(STAGE_2_ADJUDICATED, CLOSED)),
            Map.entry(STAGE_2_ADJUDICATED, EnumSet.of(STAGE_3_REQUESTED, CLOSED)),
            Map.entry(STAGE_3_REQUESTED, EnumSet.of(STAGE_3_PANEL_HELD, CLOSED)),
            Map.entry(STAGE_3_PANEL_HELD, EnumSet.of(STAGE_3_RESPONDED, CLOSED)),
            Map.entry(STAGE_3_RESPONDED, EnumSet.of(CLOSED)),
            Map.entry(REFUSED_OUT_OF_TIME, EnumSet.noneOf(ComplaintState.class)),
            Map.entry(REFUSED_STANDING, EnumSet.noneOf(ComplaintState.class)),
            Map.entry(CLOSED, EnumSet.noneOf(ComplaintState.class)));

    private final Stage stage;
    private final boolean awaitingAnswer;

    ComplaintState(Stage stage, boolean awaitingAnswer) {
        this.stage = stage;
        this.awaitingAnswer = awaitingAnswer;
    }

    /** The stage this state belongs to; {@code null} before stage 1 opens and once the complaint is finished. */
    public Stage stage() {
        return stage;
    }

    /** A stage was asked for (or the complaint received) and the council has not yet answered it. */
    public boolean awaitingAnswer() {
        return awaitingAnswer;
    }

    public boolean isFinished() {
        return this == CLOSED || this == REFUSED_OUT_OF_TIME || this == REFUSED_STANDING;
    }

    /** The state after moving to {@code next}, or a 409 naming the transition that is not allowed. */
    public ComplaintState moveTo(ComplaintState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new RuleViolation("complaint.transition-not-allowed", ProblemKind.CONFLICT,
                    "a complaint in state " + this + " cannot move to " + next);
        }
        return next;
    }

    /** Refuses the action unless the complaint is in one of {@code allowed}. */
    public void require(String action, ComplaintState... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(this)) {
            throw new RuleViolation("complaint.transition-not-allowed", ProblemKind.CONFLICT,
                    "cannot " + action + " while the complaint is " + this);
        }
    }
}
