package org.redress.assessments.reassessments;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.assessments.reassessments.domain.AssessmentType;
import org.redress.assessments.reassessments.domain.RemedyLink;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Assessments in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class PanacheAssessmentRepository implements AssessmentRepository,
        PanacheRepositoryBase<AssessmentEntity, UUID> {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public PanacheAssessmentRepository(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void add(Assessment assessment) {
        persist(toEntity(assessment));
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
    public List<Assessment> page(int page, int size) {
        return findAll(Sort.descending("startDate").and("id")).page(Page.of(page, size)).list().stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public long count() {
        // not PanacheRepositoryBase.super.count(): Panache generates no count() in a class that
        // declares one, so the interface default would throw at run time
        return findAll().count();
    }

    @Override
    public long nextReferenceSerial() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('assessment_reference_seq')")
                .getSingleResult()).longValue();
    }

    private AssessmentEntity toEntity(Assessment assessment) {
        AssessmentEntity entity = new AssessmentEntity();
        entity.id = assessment.id();
        entity.reference = assessment.reference().toString();
        entity.childRef = assessment.childRef();
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
        entity.createdAt = clock.instant();
        return entity;
    }

    private Assessment toDomain(AssessmentEntity entity) {
        RemedyLink remedy = entity.remedyCaseId == null ? null
                : new RemedyLink(entity.remedyCaseId, entity.remedyReference, entity.remedyActionId,
                        entity.complaintId, entity.remedyDueDate);
        StatutoryClock clock = StatutoryClock.start(calendar, entity.startDate, entity.clockLimit);
        return new Assessment(entity.id, CaseReference.parse(entity.reference), entity.childRef,
                AssessmentType.valueOf(entity.assessmentType), clock, remedy);
    }
}
