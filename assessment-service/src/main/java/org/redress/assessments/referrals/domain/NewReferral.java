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
 */
public record NewReferral(String childRef, LocalDate receivedDate, ReferrerType referrerType,
        List<NeedDomain> concerns) {

    public NewReferral {
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(referrerType, "referrerType");
        concerns = concerns == null ? List.of() : concerns.stream().distinct().toList();
    }
}
