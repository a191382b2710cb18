package org.redress.assessments.assessment.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.AssessmentWork;
import org.redress.assessments.assessment.domain.ChildInNeedPlan;
import org.redress.assessments.assessment.domain.RemedyLink;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.assessment.infrastructure.AssessmentWorkQueueQueries.Queue;
import org.redress.contracts.CaseReference;
import org.redress.servicekit.ReferenceSerials;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.storage.NativeSql;
import org.redress.servicekit.storage.StoredTexts;
import org.redress.servicekit.sweep.SkipLockedClaim;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Assessments in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class PanacheAssessmentRepository implements AssessmentRepository,
        PanacheRepositoryBase<AssessmentEntity, UUID> {

    /** Open assessments past their due date on the day, whose clock breach is not yet reported. */
    static final SkipLockedClaim OVERDUE_UNREPORTED = new SkipLockedClaim("assessment", "id",
            "completed_on IS NULL AND due_date < :today AND NOT breach_reported", "due_date, id");

    private final WorkingDayCalendar calendar;
    private final AssessmentWorkQueueQueries queries;
    private final Clock clock;
    private final CurrentActor currentActor;

    public PanacheAssessmentRepository(WorkingDayCalendar calendar, AssessmentWorkQueueQueries queries, Clock clock,
            CurrentActor currentActor) {
        this.calendar = calendar;
        this.queries = queries;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    @Override
    public void add(Assessment assessment) {
        markRecorded(assessment);
        persist(toEntity(assessment));
    }

    @Override
    public void update(Assessment assessment) {
        markRecorded(assessment);
        // managed in this transaction: Hibernate checks and bumps the version on flush, so a
        // concurrent change to the same assessment fails with 409 instead of being overwritten
        writeWork(findById(assessment.id()), assessment);
    }

    /** The timeline entries of this change are recorded now, by the caller or the system acting on an event. */
    private void markRecorded(Assessment assessment) {
        assessment.work().markRecorded(clock.instant(), currentActor.get().subject());
    }

    @Override
    public List<Assessment> overdue(AssessmentScope scope, LocalDate today, int page, int size) {
        return listed(queries.page(Queue.OVERDUE_CLOCKS, scope, today, page, size));
    }

    @Override
    public long countOverdue(AssessmentScope scope, LocalDate today) {
        return counted(queries.total(Queue.OVERDUE_CLOCKS, scope, today));
    }

    @Override
    public List<Assessment> overdueAsOf(AssessmentScope scope, LocalDate day, int page, int size) {
        return listed(queries.page(Queue.OVERDUE_CLOCKS_AS_OF, scope, day, page, size));
    }

    @Override
    public long countOverdueAsOf(AssessmentScope scope, LocalDate day) {
        return counted(queries.total(Queue.OVERDUE_CLOCKS_AS_OF, scope, day));
    }

    @Override
    public List<Assessment> claimOverdueUnreported(LocalDate today, int limit) {
        List<Object> ids = OVERDUE_UNREPORTED.claim(getEntityManager(), today, limit);
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .map(this::findById).map(this::toDomain).toList();
    }

    @Override
    public void markBreachReported(UUID id) {
        getEntityManager().createNativeQuery("UPDATE assessment SET breach_reported = true WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @Override
    public Optional<Long> versionOf(UUID id) {
        return findByIdOptional(id).map(entity -> entity.version);
    }

    @Override
    public List<Assessment> overduePlanReviews(AssessmentScope scope, LocalDate today, int page, int size) {
        return listed(queries.page(Queue.OVERDUE_PLAN_REVIEWS, scope, today, page, size));
    }

    @Override
    public long countOverduePlanReviews(AssessmentScope scope, LocalDate today) {
        return counted(queries.total(Queue.OVERDUE_PLAN_REVIEWS, scope, today));
    }

    @Override
    public Optional<Assessment> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public Optional<Assessment> findForRemedyAction(UUID actionId, String childRef) {
        return find("remedyActionId = ?1 and childRef = ?2", actionId, childRef).firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public Optional<UUID> idForReferral(UUID referralId, AssessmentType type) {
        return find("referralId = ?1 and assessmentType = ?2", referralId, type.name()).firstResultOptional()
                .map(entity -> entity.id);
    }

    @Override
    public List<Assessment> openForChild(String childRef) {
        return find("childRef = ?1 and completedOn is null", Sort.ascending("startDate").and("id"), childRef).list()
                .stream().map(this::toDomain).toList();
    }

    @Override
    public List<Assessment> forChild(String childRef) {
        return find("childRef = ?1", Sort.ascending("startDate").and("id"), childRef).list()
                .stream().map(this::toDomain).toList();
    }

    @Override
    public List<Assessment> page(AssessmentScope scope, int page, int size) {
        // the list's order needs no date: the query's today is bound only by the overdue lists
        return listed(queries.page(Queue.EVERY_ASSESSMENT, scope, null, page, size));
    }

    @Override
    public long count(AssessmentScope scope) {
        return counted(queries.total(Queue.EVERY_ASSESSMENT, scope, null));
    }

    /** The assessments of one page of a list, in the list's order, read in one query. */
    private List<Assessment> listed(NativeSql page) {
        @SuppressWarnings("unchecked")
        List<AssessmentEntity> rows = page.bind(getEntityManager(), AssessmentEntity.class).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    private long counted(NativeSql total) {
        return ((Number) total.bind(getEntityManager(), "").getSingleResult()).longValue();
    }

    @Override
    public long nextReferenceSerial() {
        return ReferenceSerials.next(getEntityManager(), "assessment_reference_seq");
    }

    private AssessmentEntity toEntity(Assessment assessment) {
        AssessmentEntity entity = new AssessmentEntity();
        entity.id = assessment.id();
        entity.reference = assessment.reference().toString();
        entity.childRef = assessment.childRef();
        entity.carerRef = assessment.carerRef().orElse(null);
        entity.assessmentType = assessment.type().name();
        entity.startDate = assessment.startDate();
        entity.clockLimit = assessment.clock().limit();
        assessment.remedy().ifPresent(remedy -> {
            entity.remedyCaseId = remedy.remedyCaseId();
            entity.remedyReference = remedy.remedyReference();
            entity.remedyActionId = remedy.actionId();
            entity.complaintId = remedy.complaintId();
            entity.remedyDueDate = remedy.remedyDueDate();
        });
        entity.referralId = assessment.referralId().orElse(null);
        entity.disabledChild = assessment.disabledChild();
        entity.dueDate = assessment.dueDate();
        entity.createdAt = clock.instant();
        writeWork(entity, assessment);
        return entity;
    }

    private static void writeWork(AssessmentEntity entity, Assessment assessment) {
        AssessmentWork work = assessment.work();
        entity.team = work.team().name();
        entity.completedOn = work.completedOn().orElse(null);
        entity.conditions = new StoredTexts(work.conditions());
        entity.assessors = StoredAssessors.from(work.assessors());
        entity.needs = StoredNeeds.from(work.needs());
        entity.csdpaS2 = new StoredCsdpaS2(work.s2());
        entity.carers = StoredCarers.from(work.carers());
        entity.flags = StoredFlags.from(work.flags());
        entity.timeline = StoredTimeline.from(work.timeline());
        entity.provisions = StoredProvisions.from(work.provisions());
        entity.cinPlanStart = work.plan().map(ChildInNeedPlan::startDate).orElse(null);
        entity.cinPlanReviews = new StoredPlanReviews(work.plan().map(ChildInNeedPlan::reviews).orElse(List.of()));
        entity.cinPlanReviewDue = work.plan().map(ChildInNeedPlan::nextReviewDue).orElse(null);
    }

    private Assessment toDomain(AssessmentEntity entity) {
        RemedyLink remedy = entity.remedyCaseId == null ? null
                : new RemedyLink(entity.remedyCaseId, entity.remedyReference, entity.remedyActionId,
                        entity.complaintId, entity.remedyDueDate);
        StatutoryClock clock = StatutoryClock.start(calendar, entity.startDate, entity.clockLimit);
        if (entity.completedOn != null) {
            clock = clock.stop(entity.completedOn);
        }
        AssessmentWork work = new AssessmentWork(Team.valueOf(entity.team), entity.conditions.values(),
                entity.assessors.toDomain(), entity.needs.toDomain(), entity.csdpaS2.considered(),
                entity.carers.toDomain(), entity.flags.toDomain(), entity.timeline.toDomain(),
                entity.provisions.toDomain(), entity.completedOn, entity.cinPlanStart == null ? null
                        : new ChildInNeedPlan(entity.cinPlanStart, entity.cinPlanReviews.reviews()));
        return new Assessment(entity.id, CaseReference.parse(entity.reference), entity.childRef, entity.carerRef,
                AssessmentType.valueOf(entity.assessmentType), clock, remedy, entity.referralId, entity.disabledChild,
                work);
    }
}
