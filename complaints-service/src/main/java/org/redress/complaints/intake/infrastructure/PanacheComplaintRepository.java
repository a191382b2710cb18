package org.redress.complaints.intake.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.intake.domain.Channel;
import org.redress.complaints.intake.domain.ComplainantRole;
import org.redress.complaints.intake.domain.Complaint;
import org.redress.complaints.intake.domain.ComplaintRepository;
import org.redress.complaints.intake.domain.NewComplaint;
import org.redress.complaints.intake.domain.Procedure;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Complaints in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class PanacheComplaintRepository implements ComplaintRepository, PanacheRepositoryBase<ComplaintEntity, UUID> {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public PanacheComplaintRepository(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void add(Complaint complaint) {
        persist(toEntity(complaint));
    }

    @Override
    public Optional<Complaint> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public List<Complaint> page(int page, int size) {
        return findAll(Sort.descending("receivedDate").and("id")).page(Page.of(page, size)).list().stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public long total() {
        return count();
    }

    @Override
    public long nextReferenceSerial() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('complaint_reference_seq')")
                .getSingleResult()).longValue();
    }

    private ComplaintEntity toEntity(Complaint complaint) {
        NewComplaint details = complaint.details();
        ComplaintEntity entity = new ComplaintEntity();
        entity.id = complaint.id();
        entity.reference = complaint.reference().toString();
        entity.receivedDate = details.receivedDate();
        entity.channel = details.channel().name();
        entity.complainantRole = details.complainantRole().name();
        entity.childReferences = details.childReferences();
        entity.points = details.points();
        entity.desiredOutcomes = details.desiredOutcomes();
        entity.matterArose = details.matterArose();
        entity.procedure = complaint.procedure().name();
        entity.stageOneLimit = complaint.stageOneClock().limit();
        entity.stageOneMaximumLimit = complaint.stageOneClock().maximumLimit();
        entity.createdAt = clock.instant();
        return entity;
    }

    private Complaint toDomain(ComplaintEntity entity) {
        NewComplaint details = new NewComplaint(entity.receivedDate, Channel.valueOf(entity.channel),
                ComplainantRole.valueOf(entity.complainantRole), entity.childReferences, entity.points,
                entity.desiredOutcomes, entity.matterArose);
        StatutoryClock stageOne = StatutoryClock.start(calendar, entity.receivedDate, entity.stageOneLimit,
                entity.stageOneMaximumLimit);
        return new Complaint(entity.id, CaseReference.parse(entity.reference), details,
                Procedure.valueOf(entity.procedure), stageOne);
    }
}
