package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.redress.contracts.Bounds;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.AssessmentClockBreached;
import org.redress.contracts.events.AssessmentCompleted;
import org.redress.contracts.events.AssessmentEvent;
import org.redress.contracts.events.AssessmentOpened;
import org.redress.contracts.events.CarerAssessmentPrompted;
import org.redress.contracts.events.EhcSocialCareUpdate;
import org.redress.contracts.events.MissedProvisionRecorded;
import org.redress.contracts.events.ProvisionStarted;
import org.redress.contracts.events.UnmetNeedClosed;
import org.redress.contracts.events.UnmetNeedOpened;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * An assessment of a child's needs, or of a carer's in the child's family: its type, the child (and the carer, when
 * a remedy named one), the 45-working-day clock that started when it was opened, and the remedy that asked for it,
 * if one did.
 */
public final class Assessment {

    /** Case references of assessments start with this prefix: {@code ASM-2026-000123-4}. */
    public static final String REFERENCE_PREFIX = "ASM";
    /** The flag on an open assessment of a child whose EHC plan says "no social care needs". */
    public static final String EHC_PLAN_WITHOUT_SOCIAL_CARE = "ehc-plan.no-social-care-needs-while-assessment-open";

    private final UUID id;
    private final CaseReference reference;
    private final String childRef;
    private final String carerRef;
    private final AssessmentType type;
    private StatutoryClock clock;
    private final RemedyLink remedy;
    private final UUID referralId;
    private final boolean disabledChild;
    private final AssessmentWork work;

    public Assessment(UUID id, CaseReference reference, String childRef, AssessmentType type, StatutoryClock clock,
            RemedyLink remedy) {
        this(id, reference, childRef, type, clock, remedy, null, false,
                AssessmentWork.start(Team.CHILDRENS_SOCIAL_CARE, List.of(), clock.start()));
    }

    public Assessment(UUID id, CaseReference reference, String childRef, AssessmentType type, StatutoryClock clock,
            RemedyLink remedy, UUID referralId, boolean disabledChild, AssessmentWork work) {
        this(id, reference, childRef, null, type, clock, remedy, referralId, disabledChild, work);
    }

    /**
     * An assessment as stored.
     *
     * @param carerRef for a carer's assessment a remedy asked for, the council's record reference of the carer
     *                 assessed (the child is the one whose family it is); otherwise {@code null}
     */
    public Assessment(UUID id, CaseReference reference, String childRef, String carerRef, AssessmentType type,
            StatutoryClock clock, RemedyLink remedy, UUID referralId, boolean disabledChild, AssessmentWork work) {
        this.work = Objects.requireNonNull(work, "work");
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.childRef = Objects.requireNonNull(childRef, "childRef");
        this.carerRef = carerRef;
        this.type = Objects.requireNonNull(type, "type");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.remedy = remedy;
        this.referralId = referralId;
        this.disabledChild = disabledChild;
    }

    /**
     * Opens the assessment a referral decision asked for: child in need for s17, early help for
     * early help. Working Together 2023: the 45 working days run from the referral, so day 0 is the
     * referral's received date, not the day of the decision.
     */
    public static Opening openFromReferral(UUID id, CaseReference reference, UUID referralId, String childRef,
            LocalDate referralReceived, boolean disabledChild, AssessmentType type, WorkingDayCalendar calendar) {
        return open(id, reference, new Request(referralId, childRef, referralReceived, disabledChild,
                type, Team.CHILDRENS_SOCIAL_CARE, List.of()), calendar);
    }

    /**
     * What a social worker asks for when opening an assessment.
     *
     * @param conditions for a reassessment, what the complaint's remedy requires of it (e.g. a
     *                   named contact for the family), recorded so that the assessor sees them
     */
    public record Request(UUID referralId, String childRef, LocalDate referralReceived, boolean disabledChild,
            AssessmentType type, Team team, List<String> conditions) {
    }

    /**
     * Opens an assessment whose clock runs from the referral. A parent carer of a disabled child is
     * assessed by children's services (Children Act 1989 s17ZD; the parent carer's needs assessment
     * is a children's services duty): routing it to adult social care is refused (LGSCO found fault).
     */
    public static Opening open(UUID id, CaseReference reference, Request request, WorkingDayCalendar calendar) {
        if (request.type() == AssessmentType.PARENT_CARER && request.disabledChild()
                && request.team() == Team.ADULT_SOCIAL_CARE) {
            throw new RuleViolation("assessment.parent-carer-routed-to-adult-social-care", ProblemKind.UNPROCESSABLE,
                    "team", "a parent carer of a disabled child is assessed by children's services under Children "
                            + "Act 1989 s17ZD, not by adult social care");
        }
        LocalDate start = request.referralReceived();
        Assessment assessment = new Assessment(id, reference, request.childRef(), request.type(),
                AssessmentTimescale.startOn(calendar, start), null, request.referralId(), request.disabledChild(),
                AssessmentWork.start(request.team(), request.conditions(), start));
        AssessmentOpened event = new AssessmentOpened(id, reference.toString(), request.childRef(),
                assessment.type.name(), start, assessment.dueDate(), null, null);
        return new Opening(assessment, event);
    }

    /**
     * Who a remedy asks to have assessed (DOMAIN §3): the child, whose needs are reassessed ({@code CHILD_IN_NEED}),
     * or a carer in the child's family named by their record reference, for a carer's assessment
     * ({@code PARENT_CARER}, Children Act 1989 s17ZD; {@code YOUNG_CARER}, s17ZA).
     */
    public record Subject(String childRef, String assessmentType, String carerRef) {

        /** A reassessment of the child's own needs. */
        public static Subject child(String childRef) {
            return new Subject(childRef, AssessmentType.CHILD_IN_NEED.name(), null);
        }
    }

    /**
     * Opens the assessment that a remedy asked for, starting {@code agreedOn}, the day the remedy agreed it: the
     * assessment and its clock count from the remedy's own day, however late the request arrived, as the remedy's
     * own due date does. A reassessment of the child is a s17 child in need assessment; a carer's assessment is of
     * the type asked for, of the carer named, by children's services (a parent carer of a disabled child is theirs
     * to assess, s17ZD), on the same 45-working-day timescale as every assessment (DOMAIN §3). The request must
     * name the action, the child and, for a carer's assessment, the carer, by valid record references
     * ({@link ReassessmentRequestPolicy}): without them the assessment could neither be found by the family's
     * social worker nor report back. The conditions the remedy agreed it under (e.g. minimising the children's
     * contact with professionals) are recorded from the start, in the remedy's words.
     */
    public static Opening openForRemedy(UUID id, CaseReference reference, Subject subject, RemedyLink remedy,
            LocalDate agreedOn, List<String> conditions, WorkingDayCalendar calendar) {
        AssessmentType type = ReassessmentRequestPolicy.check(subject, remedy);
        Assessment assessment = new Assessment(id, reference, subject.childRef(), subject.carerRef(), type,
                AssessmentTimescale.startOn(calendar, agreedOn), remedy, null, false,
                AssessmentWork.start(Team.CHILDRENS_SOCIAL_CARE, conditions, agreedOn));
        AssessmentOpened event = new AssessmentOpened(id, reference.toString(), subject.childRef(),
                assessment.type.name(), agreedOn, assessment.dueDate(), remedy.remedyCaseId(), remedy.actionId());
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

    /** For a carer's assessment a remedy asked for, the carer assessed. */
    public Optional<String> carerRef() {
        return Optional.ofNullable(carerRef);
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

    /** The referral that led to this assessment, if one did. */
    public Optional<UUID> referralId() {
        return Optional.ofNullable(referralId);
    }

    /** What has been recorded while carrying it out. */
    public AssessmentWork work() {
        return work;
    }

    /** A disabled child's assessment must consider CSDPA 1970 s2 services. */
    public boolean disabledChild() {
        return disabledChild;
    }

    // --- carrying out the assessment -------------------------------------------------------

    /**
     * Assigns a social worker from {@code from}, recorded {@code today}: a change of assessor on a known
     * day, not before the assessment started nor before the assignment it follows ({@link HappenedOnPolicy}).
     * A third assessor on one assessment is accepted but flagged, from the day they took over: successive
     * social workers were behind Ombudsman findings of delay and lost knowledge.
     */
    public void assign(String assessor, LocalDate from, LocalDate today) {
        requireOpen();
        requireRoom(work.assessors.size(), "assessment.too-many-assessors", "assessor", "assessors");
        HappenedOnPolicy.check("assessment.assessor", "from", from, today, startDate(),
                work.assessors.isEmpty() ? null : lastAssignment());
        work.assessors.add(new AssessorAssignment(assessor, from));
        work.timeline.add(new TimelineEntry(from, "ASSESSOR_ASSIGNED", assessor));
        if (work.assessors.size() > AssessmentWork.ASSESSORS_BEFORE_FLAG) {
            work.flag("assessment.third-assessor", assessor, from);
        }
    }

    private HappenedOnPolicy.Earlier lastAssignment() {
        AssessorAssignment last = work.assessors.get(work.assessors.size() - 1);
        return new HappenedOnPolicy.Earlier("the assignment of " + last.assessor(), last.from());
    }

    /**
     * Records one need (replacing an earlier one with the same code) found {@code identifiedOn}, recorded
     * {@code today}. A reason resting on resources, capacity, a team's threshold or "will not engage" is
     * flagged from that day, never silently accepted.
     */
    public void recordNeed(Need need, LocalDate identifiedOn, LocalDate today) {
        requireOpen();
        if (!work.needs.containsKey(need.code())) {
            requireRoom(work.needs.size(), "assessment.too-many-needs", "code", "needs");
        }
        HappenedOnPolicy.check("assessment.need", "identifiedOn", identifiedOn, today, startDate(), null);
        InHomeShortBreaksPolicy.check(need);
        work.needs.put(need.code(), need);
        work.timeline.add(new TimelineEntry(identifiedOn, "NEED_RECORDED", need.code()));
        need.resourceLedReason().ifPresent(finding -> work.flag(NeedFlags.codeFor(finding), need.code(), identifiedOn));
    }

    /**
     * Records a CSDPA 1970 s2 category as considered {@code consideredOn} for a disabled child, needed or
     * not, recorded {@code today}.
     */
    public void considerCsdpa2(Csdpa2Category category, boolean needed, LocalDate consideredOn, LocalDate today) {
        requireOpen();
        HappenedOnPolicy.check("assessment.csdpa-s2", "consideredOn", consideredOn, today, startDate(), null);
        work.s2.put(category, needed);
        work.timeline.add(new TimelineEntry(consideredOn, "CSDPA_S2_CONSIDERED", category.name()));
    }

    /**
     * Adds conditions the assessment is to be carried out under (DOMAIN §3: e.g. a named contact for the family),
     * agreed {@code agreedOn}, recorded {@code today}: only while it is open, on a day from its start up to today
     * ({@link HappenedOnPolicy}). A condition already recorded is not recorded again.
     */
    public void addConditions(List<String> conditions, LocalDate agreedOn, LocalDate today) {
        requireOpen();
        HappenedOnPolicy.check("assessment.condition", "agreedOn", agreedOn, today, startDate(), null);
        work.addConditions(conditions, agreedOn);
    }

    /**
     * Completes the assessment on {@code completedOn}, recorded {@code today}: see {@link CompletionPolicy}
     * for what is refused and what is flagged, and {@link HappenedOnPolicy} for the day (not before the
     * start nor before the work recorded in it). The clock stops on the day it was completed: MET on or
     * before the due date, MISSED after it, however late the completion is recorded.
     */
    public Completion complete(LocalDate completedOn, LocalDate today, List<CaringFamilyMember> carers) {
        requireOpen();
        HappenedOnPolicy.check("assessment.completed", "completedOn", completedOn, today, startDate(),
                AssessmentWork.latestWork(work.timeline));
        CompletionPolicy.check(this);
        work.carers.addAll(carers);
        List<CaringFamilyMember> unassessed = CompletionPolicy.carersToPrompt(carers, work.needs());
        unassessed.forEach(carer -> work.flag("assessment.carer-assessment-prompted", carer.assessmentDue().name(),
                completedOn));
        clock = clock.stop(completedOn);
        work.completedOn = completedOn;
        work.timeline.add(new TimelineEntry(completedOn, "COMPLETED", null));
        if (completedOn.isAfter(dueDate())) {
            work.flag("assessment.completed-late", null, completedOn);
        }
        return NeedsOutcome.of(this).completion(completedOn, unassessed);
    }

    /**
     * A completed assessment: its event, the unmet needs it leaves open (and their events), and the
     * carer assessments it prompts (and their events).
     */
    public record Completion(AssessmentCompleted event, List<Need> unmetNeeds, List<UnmetNeedOpened> unmetNeedsOpened,
            List<CarerAssessmentPrompted> carerAssessmentsPrompted) {

        /** The carer assessments prompted, by type. */
        public List<AssessmentType> promptedCarerAssessments() {
            return carerAssessmentsPrompted.stream().map(p -> AssessmentType.valueOf(p.assessmentType())).toList();
        }
    }

    /** The event for an unmet need of this assessment closed on {@code closedOn}, opened on {@code openedOn}. */
    public UnmetNeedClosed unmetNeedClosed(String needCode, LocalDate openedOn, LocalDate closedOn) {
        return new UnmetNeedClosed(id, reference.toString(), childRef, needCode, openedOn, closedOn);
    }

    /**
     * Records that support started for a need of a completed assessment, and announces it (so a remedy to put a
     * service in place can be completed on the day it started). Started after the day it should have, the gap is
     * missed provision (DOMAIN §3), announced as well so a remedy can pay it.
     */
    public ProvisionStart startProvision(Provision provision, LocalDate today) {
        ProvisionPolicy.check(work, provision, startDate(), today);
        work.provisions.add(provision);
        work.timeline.add(new TimelineEntry(provision.startedOn(), "PROVISION_STARTED", provision.needCode()));
        ProvisionStarted started = new ProvisionStarted(id, reference.toString(), childRef, provision.id(),
                provision.needCode(), provision.kind().name(), provision.shouldHaveStarted(), provision.startedOn());
        if (!provision.late()) {
            return new ProvisionStart(started, Optional.empty());
        }
        // raised on the day it started, as it would have been had it been recorded that day
        work.flag("provision.started-late", provision.needCode(), provision.startedOn());
        return new ProvisionStart(started, Optional.of(new MissedProvisionRecorded(id, reference.toString(), childRef,
                provision.id(), provision.kind().name(), provision.weeklyAmountPence(), provision.shouldHaveStarted(),
                provision.missedTo())));
    }

    /** Provision that started: its announcement, and the missed provision when it started late. */
    public record ProvisionStart(ProvisionStarted started, Optional<MissedProvisionRecorded> missed) {

        /** What to announce, in order: the start, then what was missed. */
        public List<AssessmentEvent> events() {
            return missed.<List<AssessmentEvent>>map(m -> List.of(started, m)).orElseGet(() -> List.of(started));
        }
    }

    /**
     * The breach of the 45-working-day clock as found {@code today}: an assessment still open after
     * its due date (Working Together 2023). Empty when completed or not yet overdue.
     */
    public Optional<AssessmentClockBreached> clockBreach(LocalDate today) {
        if (work.completedOn != null || !today.isAfter(dueDate())) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentClockBreached(id, reference.toString(), childRef, "ASSESSMENT", startDate(), dueDate(),
                today));
    }

    // --- the child's EHC plan -----------------------------------------------------------------

    /**
     * Flags, from the day it was issued, that the child's EHC plan was issued on {@code issuedOn} saying
     * "no social care needs" while this assessment was open (DOMAIN §3: it must not say so).
     */
    public void flagEhcPlanWithoutSocialCare(LocalDate issuedOn) {
        work.flag(EHC_PLAN_WITHOUT_SOCIAL_CARE, issuedOn.toString(), issuedOn);
    }

    /**
     * The assessment as it stood at the end of {@code day}, computed from its history ({@link AssessmentAsOf}); read
     * it on that day. One that had not started by then breaks {@code assessment.not-started-as-of} (not found).
     */
    public Assessment asOf(LocalDate day) {
        return AssessmentAsOf.of(this, day);
    }

    /** Whether the assessment was open on {@code day}: started by then and not completed before it. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(startDate()) && (work.completedOn == null || !work.completedOn.isBefore(day));
    }

    /**
     * The social care provision of this completed assessment for the child's EHC plan (SEND
     * Regulations 2014 reg 12): section H1 the CSDPA 1970 s2 categories found needed, section H2 the
     * areas of the other eligible needs, each once, in a stable order.
     */
    public EhcSocialCareUpdate ehcSocialCareUpdate() {
        if (work.completedOn == null) {
            throw new IllegalStateException("only a completed assessment has an outcome for the EHC plan");
        }
        List<String> h1 = EhcPlanSections.h1(work);
        List<String> h2 = EhcPlanSections.h2(work);
        return new EhcSocialCareUpdate(id, reference.toString(), childRef, work.completedOn, h1, h2);
    }

    // --- the child in need plan ----------------------------------------------------------------

    /**
     * Starts the child in need plan on {@code startDate}. A plan follows a completed child in need
     * assessment, and there is one plan per assessment.
     */
    public void startPlan(LocalDate startDate, LocalDate today) {
        ChildInNeedPlanning.start(this, startDate, today);
    }

    /**
     * Records a review of the child in need plan held on {@code reviewedOn}; the next is due 6 months
     * later. A review held after its due date is accepted but flagged (DOMAIN §3: first review within
     * 3 months, then at least every 6 months).
     */
    public void reviewPlan(LocalDate reviewedOn, LocalDate today) {
        ChildInNeedPlanning.review(work, reviewedOn, today);
    }

    /**
     * Each list an assessment keeps is bounded like a request's lists ({@link Bounds#MAX_LIST_SIZE}): no real
     * assessment comes near it, and a caller repeating a request without end cannot grow the record without end.
     */
    private static void requireRoom(int size, String rule, String field, String what) {
        if (size >= Bounds.MAX_LIST_SIZE) {
            throw new RuleViolation(rule, ProblemKind.UNPROCESSABLE, field,
                    "an assessment records at most " + Bounds.MAX_LIST_SIZE + " " + what);
        }
    }

    private void requireOpen() {
        if (work.completedOn != null) {
            throw new RuleViolation("assessment.already-completed", ProblemKind.CONFLICT, null,
                    "assessment " + reference + " was completed on " + work.completedOn);
        }
    }
}
