package org.redress.remedies.remedycases.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.redress.servicekit.ReferenceSerials;
import org.redress.servicekit.storage.StoredTexts;
import org.redress.servicekit.sweep.SkipLockedClaim;
import org.redress.contracts.CaseReference;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.CarerType;
import org.redress.remedies.remedycases.domain.FinancialRemedyDecision;
import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.OneCasePerDecision;
import org.redress.remedies.remedycases.domain.RemedyAction;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.remedies.remedycases.domain.TimelineEntry;
import org.redress.statutorytime.CalendarPeriod;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Remedy cases in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class PanacheRemedyCaseRepository implements RemedyCaseRepository, PanacheRepositoryBase<RemedyCaseEntity, UUID> {

    private static final String ONE_CASE_PER_DECISION_CONSTRAINT = "remedy_case_one_per_decision";
    private static final Sort NEWEST_DECISION_FIRST = Sort.descending("decisionDate").and("id");
    /** Actions still open after their due date, as {case id, action id}: the overdue-actions sweep's claim. */
    private static final SkipLockedClaim OVERDUE_ACTIONS = new SkipLockedClaim("remedy_action", "remedy_case_id, id",
            "status IN ('OPEN', 'IN_PROGRESS') AND due_date < :today", "due_date, id");

    private final Clock clock;

    public PanacheRemedyCaseRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void add(RemedyCase remedyCase) {
        try {
            persist(toEntity(remedyCase));
            flush(); // now, so that a lost race on one case per decision is answered as that rule
        } catch (PersistenceException e) {
            if (violatesOneCasePerDecision(e)) {
                throw OneCasePerDecision.violation(remedyCase.details().source(), remedyCase.details().decisionDate());
            }
            throw e;
        }
    }

    private static boolean violatesOneCasePerDecision(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && ONE_CASE_PER_DECISION_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<RemedyCase> find(UUID id) {
        return findByIdOptional(id).map(RemedyCaseMapping::toDomain);
    }

    @Override
    public List<RemedyCase> page(UUID complaintId, int page, int size) {
        return query(complaintId).page(Page.of(page, size)).list().stream()
                .map(RemedyCaseMapping::toDomain)
                .toList();
    }

    @Override
    public long count(UUID complaintId) {
        return query(complaintId).count();
    }

    @Override
    public boolean existsForDecision(UUID complaintId, RemedySource source, LocalDate decisionDate) {
        return count("complaintId = ?1 and source = ?2 and decisionDate = ?3", complaintId, source.name(),
                decisionDate) > 0;
    }

    @Override
    public void save(Change change, Long expectedVersion) {
        RemedyCase remedyCase = change.remedyCase();
        RemedyCaseEntity entity = findByIdOptional(remedyCase.id()).orElse(null);
        if (entity == null) { // a case just opened
            add(remedyCase);
            addTimeline(remedyCase.id(), change.timeline());
            return;
        }
        if (expectedVersion != null && expectedVersion != entity.version) {
            throw new OptimisticLockException("remedy case " + remedyCase.id() + " is at version " + entity.version
                    + ", not " + expectedVersion);
        }
        // Every change moves the case on, so a second person holding the old version is refused, and
        // two changes made at once from the same read cannot both be stored: each decides from what it
        // read whether the case is now complete (the last two actions completed together would each
        // see the other open, and the case would never be announced complete). The version moves now,
        // holding the row until commit, so the one that read a stale case is refused here as a
        // concurrent update (409; a consumer retries it on the fresh case), not when it commits.
        getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Map<UUID, RemedyActionEntity> stored = new HashMap<>();
        entity.actions.forEach(a -> stored.put(a.id, a));
        for (RemedyAction action : remedyCase.actions()) {
            RemedyActionEntity row = stored.get(action.id());
            if (row == null) {
                entity.actions.add(RemedyCaseMapping.toEntity(action, entity.actions.size(), entity));
            } else {
                RemedyCaseMapping.update(row, action);
            }
        }
        flush(); // new action rows first: the timeline rows refer to them
        addTimeline(remedyCase.id(), change.timeline());
    }

    private void addTimeline(UUID caseId, List<TimelineEntry> entries) {
        for (TimelineEntry entry : entries) {
            getEntityManager().persist(toEntity(caseId, entry));
        }
        flush();
    }

    private TimelineEntryEntity toEntity(UUID caseId, TimelineEntry entry) {
        TimelineEntryEntity row = new TimelineEntryEntity();
        row.id = UUID.randomUUID();
        row.remedyCaseId = caseId;
        row.actionId = entry.actionId();
        row.kind = entry.kind().name();
        row.occurredOn = entry.on();
        row.note = entry.note();
        row.evidenceRefs = new StoredTexts(entry.evidenceRefs());
        row.amountPence = entry.amountPence();
        row.reference = entry.reference();
        row.recordedAt = clock.instant();
        return row;
    }

    @Override
    public long version(UUID id) {
        return findByIdOptional(id).map(e -> e.version).orElse(0L);
    }

    @Override
    public List<TimelineEntry> timeline(UUID id) {
        return getEntityManager()
                .createQuery("from TimelineEntryEntity where remedyCaseId = :id order by seq", TimelineEntryEntity.class)
                .setParameter("id", id).getResultList().stream()
                .map(e -> new TimelineEntry(e.actionId, TimelineEntry.Kind.valueOf(e.kind), e.occurredOn, e.note,
                        e.evidenceRefs.values(), e.amountPence, e.reference))
                .toList();
    }

    @Override
    public Optional<RemedyCase> findForAssessment(UUID assessmentId) {
        return find("assessmentId", assessmentId).firstResultOptional().map(RemedyCaseMapping::toDomain);
    }

    @Override
    public List<UUID> withServiceToPutInPlaceFor(String childRef) {
        // written as the partial index remedy_action_service_in_place_idx (V007) is, so the planner can use it
        return getEntityManager().createQuery("select distinct a.remedyCase.id from RemedyActionEntity a "
                + "where a.personRef = :child and a.type = 'PUT_SERVICE_IN_PLACE' and a.status <> 'COMPLETED'",
                UUID.class).setParameter("child", childRef).getResultList();
    }

    @Override
    public List<UUID[]> claimOverdue(LocalDate today, int limit) {
        List<Object[]> rows = OVERDUE_ACTIONS.claim(getEntityManager(), today, limit);
        return rows.stream().map(r -> new UUID[] { (UUID) r[0], (UUID) r[1] }).toList();
    }

    @Override
    public long nextReferenceSerial() {
        return ReferenceSerials.next(getEntityManager(), "remedy_case_reference_seq");
    }

    private PanacheQuery<RemedyCaseEntity> query(UUID complaintId) {
        return complaintId == null ? findAll(NEWEST_DECISION_FIRST)
                : find("complaintId", NEWEST_DECISION_FIRST, complaintId);
    }

    private RemedyCaseEntity toEntity(RemedyCase remedyCase) {
        NewRemedyCase details = remedyCase.details();
        RemedyCaseEntity entity = new RemedyCaseEntity();
        entity.id = remedyCase.id();
        entity.reference = remedyCase.reference().toString();
        entity.source = details.source().name();
        entity.complaintId = details.complaintId();
        entity.complaintReference = details.complaintReference();
        entity.assessmentId = details.assessmentId();
        entity.decisionDate = details.decisionDate();
        entity.childReferences = new StoredTexts(details.childReferences());
        entity.createdAt = clock.instant();
        for (int i = 0; i < remedyCase.actions().size(); i++) {
            entity.actions.add(RemedyCaseMapping.toEntity(remedyCase.actions().get(i), i, entity));
        }
        return entity;
    }

    /** Row to domain and back for the parts that need no collaborators. */
    static final class RemedyCaseMapping {

        private RemedyCaseMapping() {
        }

        static RemedyActionEntity toEntity(RemedyAction action, int position, RemedyCaseEntity owner) {
            RemedyActionEntity entity = new RemedyActionEntity();
            entity.id = action.id();
            entity.remedyCase = owner;
            entity.position = position;
            entity.actionRef = action.actionRef();
            entity.type = action.type().name();
            entity.period = action.period().code();
            entity.dueDate = action.dueDate();
            entity.amountPence = action.amountPence();
            entity.theme = action.theme();
            entity.conditions = new StoredTexts(action.conditions());
            entity.personRef = action.personRef();
            entity.carerType = action.carerType() == null ? null : action.carerType().name();
            entity.agreedOn = action.agreedOn();
            update(entity, action);
            return entity;
        }

        /** Only what an action's progress changes; unchanged values leave the row clean. */
        static void update(RemedyActionEntity entity, RemedyAction action) {
            entity.amountPence = action.amountPence();
            entity.status = action.status().name();
            entity.description = action.description();
            entity.owner = action.owner();
            entity.paidPence = action.paidPence();
            entity.completedOn = action.completedOn();
            FinancialRemedyDecision decision = action.financialRemedy();
            if (decision != null) {
                entity.remedyOutcome = decision.outcome().name();
                entity.remedyAmountPence = decision.amountPence();
                entity.remedyReason = decision.reason();
                entity.remedyDecidedOn = decision.decidedOn();
                entity.remedyDecidedBy = decision.decidedBy();
                entity.remedyPaymentActionId = decision.paymentActionId();
            }
        }

        private static FinancialRemedyDecision decision(RemedyActionEntity a) {
            return a.remedyOutcome == null ? null : new FinancialRemedyDecision(
                    FinancialRemedyDecision.Outcome.valueOf(a.remedyOutcome), a.remedyAmountPence, a.remedyReason,
                    a.remedyDecidedOn, a.remedyDecidedBy, a.remedyPaymentActionId);
        }

        private static CarerType carerType(RemedyActionEntity a) {
            return a.carerType == null ? null : CarerType.valueOf(a.carerType);
        }

        static RemedyCase toDomain(RemedyCaseEntity entity) {
            List<AgreedActionTerms> terms = entity.actions.stream()
                    .map(a -> new AgreedActionTerms(a.actionRef, ActionType.valueOf(a.type), a.period, a.amountPence,
                            a.theme, a.description, a.owner, a.conditions.values(), a.personRef, carerType(a)))
                    .toList();
            NewRemedyCase details = new NewRemedyCase(RemedySource.valueOf(entity.source), entity.complaintId,
                    entity.complaintReference, entity.assessmentId, entity.decisionDate,
                    entity.childReferences.values(), terms);
            List<RemedyAction> actions = entity.actions.stream()
                    .map(a -> new RemedyAction(a.id, a.actionRef, ActionType.valueOf(a.type),
                            CalendarPeriod.parse(a.period), a.dueDate, a.amountPence, a.theme,
                            ActionStatus.valueOf(a.status), a.description, a.owner, a.conditions.values(), a.paidPence,
                            a.completedOn, a.personRef, carerType(a), a.agreedOn, decision(a)))
                    .toList();
            return new RemedyCase(entity.id, CaseReference.parse(entity.reference), details, actions, entity.version);
        }
    }
}
