package org.redress.assessments.referrals.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.servicekit.ReferenceSerials;
import org.redress.servicekit.sweep.SkipLockedClaim;
import org.redress.assessments.referrals.domain.NeedDomain;
import org.redress.assessments.referrals.domain.NewReferral;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.assessments.referrals.domain.ReferralReason;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.assessments.referrals.domain.ReferrerType;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Referrals in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class PanacheReferralRepository implements ReferralRepository, PanacheRepositoryBase<ReferralEntity, UUID> {

    /** Undecided referrals received before the day, whose decision clock breach is not yet reported. */
    static final SkipLockedClaim UNDECIDED_UNREPORTED = new SkipLockedClaim("referral", "id",
            "decided_on IS NULL AND received_date < :today AND NOT breach_reported", "received_date, id");

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public PanacheReferralRepository(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void add(Referral referral) {
        persist(toEntity(referral));
    }

    @Override
    public void update(Referral referral) {
        // the row is managed in this transaction: Hibernate checks and bumps its version on flush
        ReferralEntity entity = findById(referral.id());
        entity.decision = referral.decision().map(Enum::name).orElse(null);
        entity.decidedOn = referral.decisionClock().stoppedOn().orElse(null);
        entity.assessmentId = referral.assessmentId().orElse(null);
    }

    @Override
    public List<Referral> claimUndecidedUnreported(LocalDate today, int limit) {
        List<Object> ids = UNDECIDED_UNREPORTED.claim(getEntityManager(), today, limit);
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .map(this::findById).map(this::toDomain).toList();
    }

    @Override
    public Optional<Long> versionOf(UUID id) {
        return findByIdOptional(id).map(entity -> entity.version);
    }

    @Override
    public void markBreachReported(UUID id) {
        getEntityManager().createNativeQuery("UPDATE referral SET breach_reported = true WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @Override
    public Optional<Referral> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public List<Referral> page(int page, int size) {
        return findAll(Sort.descending("receivedDate").and("id")).page(Page.of(page, size)).list().stream()
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
        return ReferenceSerials.next(getEntityManager(), "referral_reference_seq");
    }

    private ReferralEntity toEntity(Referral referral) {
        NewReferral details = referral.details();
        ReferralEntity entity = new ReferralEntity();
        entity.id = referral.id();
        entity.reference = referral.reference().toString();
        entity.childRef = details.childRef();
        entity.receivedDate = details.receivedDate();
        entity.referrerType = details.referrerType().name();
        entity.concerns = StoredConcerns.from(details.concerns());
        entity.decisionLimit = referral.decisionClock().limit();
        entity.disabledChild = details.disabledChild();
        entity.reasonCode = details.reason().name();
        entity.createdAt = clock.instant();
        return entity;
    }

    private Referral toDomain(ReferralEntity entity) {
        NewReferral details = new NewReferral(entity.childRef, entity.receivedDate,
                ReferrerType.valueOf(entity.referrerType),
                entity.concerns.toDomain(), entity.disabledChild,
                ReferralReason.valueOf(entity.reasonCode));
        StatutoryClock decisionClock = StatutoryClock.start(calendar, entity.receivedDate, entity.decisionLimit);
        if (entity.decidedOn != null) {
            decisionClock = decisionClock.stop(entity.decidedOn);
        }
        return new Referral(entity.id, CaseReference.parse(entity.reference), details, decisionClock,
                entity.decision == null ? null : ReferralDecision.valueOf(entity.decision), entity.assessmentId);
    }
}
