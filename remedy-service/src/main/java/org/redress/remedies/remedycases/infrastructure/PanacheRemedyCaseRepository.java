package org.redress.remedies.remedycases.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.redress.contracts.CaseReference;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.OneCasePerDecision;
import org.redress.remedies.remedycases.domain.RemedyAction;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.RemedySource;
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
    public long nextReferenceSerial() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('remedy_case_reference_seq')")
                .getSingleResult()).longValue();
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
        entity.decisionDate = details.decisionDate();
        entity.childReferences = details.childReferences();
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
            entity.status = action.status().name();
            return entity;
        }

        static RemedyCase toDomain(RemedyCaseEntity entity) {
            List<AgreedActionTerms> terms = entity.actions.stream()
                    .map(a -> new AgreedActionTerms(a.actionRef, ActionType.valueOf(a.type), a.period, a.amountPence,
                            a.theme))
                    .toList();
            NewRemedyCase details = new NewRemedyCase(RemedySource.valueOf(entity.source), entity.complaintId,
                    entity.complaintReference, entity.decisionDate, entity.childReferences, terms);
            List<RemedyAction> actions = entity.actions.stream()
                    .map(a -> new RemedyAction(a.id, a.actionRef, ActionType.valueOf(a.type),
                            CalendarPeriod.parse(a.period), a.dueDate, a.amountPence, a.theme,
                            ActionStatus.valueOf(a.status)))
                    .toList();
            return new RemedyCase(entity.id, CaseReference.parse(entity.reference), details, actions);
        }
    }
}
