package org.redress.assessments.reassessments.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.AssessmentOpened;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * An assessment of a child's needs: its type, the child, the 45-working-day clock that started
 * when it was opened, and the remedy that asked for it, if one did.
 */
public final class Assessment {

    /** Case references of assessments start with this prefix: {@code ASM-2026-000123-4}. */
    public static final String REFERENCE_PREFIX = "ASM";
    private static final Pattern CHILD_REF = Pattern.compile("[A-Za-z0-9-]{3,32}");

    private final UUID id;
    private final CaseReference reference;
    private final String childRef;
    private final AssessmentType type;
    private final StatutoryClock clock;
    private final RemedyLink remedy;

    public Assessment(UUID id, CaseReference reference, String childRef, AssessmentType type, StatutoryClock clock,
            RemedyLink remedy) {
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.childRef = Objects.requireNonNull(childRef, "childRef");
        this.type = Objects.requireNonNull(type, "type");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.remedy = remedy;
    }

    /**
     * Opens the child in need assessment that a remedy asked for, starting {@code today}. The
     * request must name the action and a child by a valid record reference: without them the
     * assessment could neither be found by the family's social worker nor report back.
     */
    public static Opening openForRemedy(UUID id, CaseReference reference, String childRef, RemedyLink remedy,
            LocalDate today, WorkingDayCalendar calendar) {
        if (remedy.remedyCaseId() == null || remedy.actionId() == null || remedy.remedyReference() == null) {
            throw new RuleViolation("reassessment.remedy-action-missing", ProblemKind.UNPROCESSABLE, "actionId",
                    "a reassessment request must name its remedy case, reference and action");
        }
        if (childRef == null || !CHILD_REF.matcher(childRef).matches()) {
            throw new RuleViolation("reassessment.child-ref-invalid", ProblemKind.UNPROCESSABLE, "childRef",
                    "a reassessment request must name the child by a record reference of 3 to 32 letters, "
                            + "digits or dashes");
        }
        // DOMAIN §3: a complaint or the Ombudsman asks for the child's needs to be reassessed, i.e. a
        // s17 child in need assessment; carer assessments are opened in their own right.
        Assessment assessment = new Assessment(id, reference, childRef, AssessmentType.CHILD_IN_NEED,
                AssessmentTimescale.startOn(calendar, today), remedy);
        AssessmentOpened event = new AssessmentOpened(id, reference.toString(), childRef,
                assessment.type.name(), today, assessment.dueDate(), remedy.remedyCaseId(), remedy.actionId());
        return new Opening(assessment, event);
    }

    /** An opened assessment and the event that announces it. */
    public record Opening(Assessment assessment, AssessmentOpened event) {
    }

    /** The day the assessment is due: 45 working days after it started. */
    public LocalDate dueDate() {
        return clock.snapshotOn(clock.start()).effectiveDueDate();
    }

    public UUID id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public String childRef() {
        return childRef;
    }

    public AssessmentType type() {
        return type;
    }

    public LocalDate startDate() {
        return clock.start();
    }

    public StatutoryClock clock() {
        return clock;
    }

    public Optional<RemedyLink> remedy() {
        return Optional.ofNullable(remedy);
    }
}
