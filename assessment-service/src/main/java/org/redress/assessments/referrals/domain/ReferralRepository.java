package org.redress.assessments.referrals.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where referrals are kept. */
public interface ReferralRepository {

    void add(Referral referral);

    Optional<Referral> find(UUID id);

    /** Saves a decided referral; a concurrent change to the same referral is refused. */
    void update(Referral referral);

    /** Referrals newest received first, {@code size} at a time. */
    List<Referral> page(int page, int size);

    long count();

    /** The next serial number for a referral reference (unique across years). */
    long nextReferenceSerial();
}
