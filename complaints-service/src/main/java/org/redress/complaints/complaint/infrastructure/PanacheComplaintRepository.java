package org.redress.complaints.complaint.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.redress.servicekit.ReferenceSerials;
import org.redress.servicekit.storage.StoredTexts;
import org.redress.complaints.complaint.domain.Channel;
import org.redress.complaints.complaint.domain.ComplainantRole;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintState;
import org.redress.complaints.complaint.domain.NewComplaint;
import org.redress.complaints.complaint.domain.Progress;
import org.redress.complaints.complaint.domain.StageOneTimescale;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Complaints in PostgreSQL through Hibernate ORM with Panache; their clocks in complaint_clock. */
@ApplicationScoped
public class PanacheComplaintRepository implements ComplaintRepository, PanacheRepositoryBase<ComplaintEntity, UUID> {

    private final ClockTable clockTable;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    PanacheComplaintRepository(ClockTable clockTable, WorkingDayCalendar calendar, Clock clock) {
        this.clockTable = clockTable;
        this.calendar = calendar;
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
    public void save(Complaint complaint) {
        ComplaintEntity entity = findByIdOptional(complaint.id()).orElseThrow();
        if (entity.version != complaint.progress().version()) {
            throw new jakarta.persistence.OptimisticLockException("complaint " + complaint.reference() + " changed");
        }
        copyProgress(complaint, entity);
        flush(); // the version check happens here, before the clock rows change
        clockTable.save(complaint.id(), complaint.clocks(), LocalDate.now(clock));
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
        Query query = queueQuery("SELECT c.id", filter, today,
                " ORDER BY d.due NULLS LAST, c.received_date, c.id LIMIT :size OFFSET :offset");
        @SuppressWarnings("unchecked")
        // in long: an int product overflows for a far page and PostgreSQL refuses a negative offset
        long offset = (long) page * size;
        List<UUID> ids = query.setParameter("size", size).setParameter("offset", offset).getResultList();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    @Override
    public long queueTotal(WorkQueueFilter filter, LocalDate today) {
        return ((Number) queueQuery("SELECT count(*)", filter, today, "").getSingleResult()).longValue();
    }

    private Query queueQuery(String select, WorkQueueFilter filter, LocalDate today, String tail) {
        String clockCondition = filter.clock() == null ? ""
                : filter.clock() == QueueClock.OVERDUE ? " AND NOT k.paused AND k.due_date < :today"
                        : " AND NOT k.paused AND k.due_date BETWEEN :today AND :soon";
        String sql = select + " FROM complaint c LEFT JOIN LATERAL (SELECT min(k.due_date) AS due FROM complaint_clock k"
                + " WHERE k.complaint_id = c.id AND k.stopped_on IS NULL" + clockCondition + ") d ON true WHERE true"
                + (filter.state() == null ? "" : " AND c.state = :state")
                + (filter.stage() == null ? "" : " AND c.state IN (:stageStates)")
                + (filter.clock() == null ? "" : " AND d.due IS NOT NULL") + tail;
        Query query = getEntityManager().createNativeQuery(sql);
        if (filter.clock() != null) {
            query.setParameter("today", today);
        }
        if (filter.clock() == QueueClock.DUE_SOON) {
            // DOMAIN §1: DUE_SOON within 3 working days of the due date, the due date included
            query.setParameter("soon", calendar.nthWorkingDayAfter(today, 3));
        }
        if (filter.state() != null) {
            query.setParameter("state", filter.state().name());
        }
        if (filter.stage() != null) {
            query.setParameter("stageStates", Arrays.stream(ComplaintState.values())
                    .filter(s -> s.stage() == filter.stage()).map(Enum::name).toList());
        }
        return query;
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
    public void markBreachReported(ClockRef ref, LocalDate on) {
        clockTable.markBreachReported(ref, on);
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
