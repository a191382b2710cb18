package org.redress.assessments.referrals.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where referrals are kept. */
public interface ReferralRepository {

    void add(Referral referral);

    Optional<Referral> find(UUID id);

    /** The stored version of the referral. */
    Optional<Long> versionOf(UUID id);

    /** Saves a decided referral; a concurrent change to the same referral is refused. */
    void update(Referral referral);

    /**
     * Claims, until the end of the transaction, up to {@code limit} undecided referrals received before
     * {@code today} whose breach is not yet reported, skipping any another transaction holds: two
     * instances sweeping at once never claim the same referral.
     */
    List<Referral> claimUndecidedUnreported(java.time.LocalDate today, int limit);

    /** Records that the referral's decision clock breach was reported (in the transaction of its event). */
    void markBreachReported(UUID id);

    /** Referrals newest received first, {@code size} at a time. */
    List<Referral> page(int page, int size);

    long count();

    /** The next serial number for a referral reference (unique across years). */
    long nextReferenceSerial();
}
