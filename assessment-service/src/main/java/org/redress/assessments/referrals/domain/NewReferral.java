package org.redress.assessments.referrals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is recorded about a referral before it has an id or a reference.
 *
 * @param childRef     the council's record reference of the child
 * @param receivedDate the day the council received the referral: day 0 of the decision clock
 * @param referrerType who referred
 * @param concerns     the need domains the referral is about, each once, in the order given
 * @param disabledChild whether the child is disabled: an assessment must then consider CSDPA 1970 s2
 *                     services, and a parent carer assessment belongs to children's services (s17ZD)
 * @param reason       the reason for the referral as a code
 */
public record NewReferral(String childRef, LocalDate receivedDate, ReferrerType referrerType,
        List<NeedDomain> concerns, boolean disabledChild, ReferralReason reason) {

    public NewReferral {
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(referrerType, "referrerType");
        concerns = concerns == null ? List.of() : concerns.stream().distinct().toList();
        reason = reason == null ? ReferralReason.NOT_STATED : reason;
    }

    /** A referral about a child not known to be disabled, for a reason not stated. */
    public NewReferral(String childRef, LocalDate receivedDate, ReferrerType referrerType, List<NeedDomain> concerns) {
        this(childRef, receivedDate, referrerType, concerns, false, ReferralReason.NOT_STATED);
    }
}
