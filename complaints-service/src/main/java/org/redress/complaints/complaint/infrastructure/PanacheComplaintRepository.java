package org.redress.complaints.complaint.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.servicekit.ReferenceSerials;
import org.redress.servicekit.storage.StoredTexts;
import org.redress.complaints.complaint.domain.Channel;
import org.redress.complaints.complaint.domain.ComplainantRole;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.NewComplaint;
import org.redress.complaints.complaint.domain.Progress;
import org.redress.complaints.complaint.domain.StageOneTimescale;
import org.redress.contracts.CaseReference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Complaints in PostgreSQL through Hibernate ORM with Panache; their clocks in complaint_clock. */
@ApplicationScoped
public class PanacheComplaintRepository implements ComplaintRepository, PanacheRepositoryBase<ComplaintEntity, UUID> {

    private final ClockTable clockTable;
    private final WorkQueueQueries queries;
    private final Clock clock;

    PanacheComplaintRepository(ClockTable clockTable, WorkQueueQueries queries, Clock clock) {
        this.clockTable = clockTable;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void add(Complaint complaint) {
        ComplaintEntity entity = new ComplaintEntity();
        NewComplaint details = complaint.details();
        entity.id = complaint.id();
        entity.reference = complaint.reference().toString();
        entity.receivedDate = details.receivedDate();
        entity.channel = details.channel().name();
        entity.complainantRole = details.complainantRole().name();
        entity.childReferences = new StoredTexts(details.childReferences());
        entity.points = new StoredTexts(details.points());
        entity.desiredOutcomes = new StoredTexts(details.desiredOutcomes());
        entity.matterArose = details.matterArose();
        entity.advocateReference = details.advocateReference();
        entity.subjectMatters = StoredSubjectMatters.from(details.subjectMatters());
        // the stage 1 timescale, even while a standing decision keeps stage 1 from opening
        entity.stageOneLimit = StageOneTimescale.WORKING_DAYS;
        entity.stageOneMaximumLimit = StageOneTimescale.MAXIMUM_WORKING_DAYS;
        entity.createdAt = clock.instant();
        copyProgress(complaint, entity);
        persist(entity);
        flush(); // the clock rows reference the complaint row
        clockTable.save(complaint.id(), complaint.clocks(), LocalDate.now(clock));
    }

    @Override
    public long save(Complaint complaint) {
        ComplaintEntity entity = findByIdOptional(complaint.id()).orElseThrow();
        if (entity.version != complaint.progress().version()) {
            throw new jakarta.persistence.OptimisticLockException("complaint " + complaint.reference() + " changed");
        }
        copyProgress(complaint, entity);
        flush(); // the version check happens here, before the clock rows change
        clockTable.save(complaint.id(), complaint.clocks(), LocalDate.now(clock));
        return entity.version;
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
    public List<Complaint> queue(WorkQueueFilter filter, LocalDate today, int page, int size) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = queries.page(filter, today, page, size).bind(getEntityManager(), "").getResultList();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    @Override
    public long queueTotal(WorkQueueFilter filter, LocalDate today) {
        return ((Number) queries.total(filter, today).bind(getEntityManager(), "").getSingleResult()).longValue();
    }

    @Override
    public List<Complaint> queueCandidatesAsOf(QueueClock clock, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = queries.candidatesAsOf(clock, day).bind(getEntityManager(), "").getResultList();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    @Override
    public long nextReferenceSerial() {
        return ReferenceSerials.next(getEntityManager(), "complaint_reference_seq");
    }

    @Override
    public List<ClockRef> claimOverdueClocks(LocalDate today, int limit) {
        return clockTable.claimOverdue(today, limit);
    }

    @Override
    public boolean markBreachReported(ClockRef ref, LocalDate on) {
        return clockTable.markBreachReported(ref, on);
    }

    private static void copyProgress(Complaint complaint, ComplaintEntity entity) {
        Progress progress = complaint.progress();
        entity.state = progress.state().name();
        entity.procedure = complaint.procedure().name();
        entity.routing = StoredRouting.from(progress.routing());
        entity.outOfTime = StoredOutOfTime.from(progress.outOfTime());
        entity.stageOneExtension = StoredStageOneExtension.from(progress.stageOneExtension());
        entity.stageOneResponse = StoredStageDecision.from(progress.stageOneResponse());
        entity.stageTwo = StoredStageTwo.from(progress.stageTwo());
        entity.stageThree = StoredStageThree.from(progress.stageThree());
        entity.ombudsman = StoredOmbudsman.from(progress.ombudsman());
        entity.standing = StoredStanding.from(progress.standing());
        entity.holds = StoredHold.from(progress.holds());
        entity.declines = StoredDecline.from(progress.declines());
        entity.flags = StoredFlag.from(progress.flags());
        entity.closure = StoredClosure.from(progress.closure());
    }

    private Complaint toDomain(ComplaintEntity entity) {
        NewComplaint details = new NewComplaint(entity.receivedDate, Channel.valueOf(entity.channel),
                ComplainantRole.valueOf(entity.complainantRole), entity.childReferences.values(),
                entity.points.values(), entity.desiredOutcomes.values(), entity.matterArose,
                StoredSubjectMatters.toDomain(entity.subjectMatters), entity.advocateReference);
        Progress progress = StoredProgress.read(entity, clockTable.load(entity.id));
        return new Complaint(entity.id, CaseReference.parse(entity.reference), details, progress);
    }
}
