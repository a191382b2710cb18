package org.redress.contracts.events;

/** Events on {@code redress.assessments.v1}, keyed by referral or assessment id. */
public sealed interface AssessmentEvent extends RedressEvent permits ReferralReceived, AssessmentOpened,
        AssessmentCompleted, MissedProvisionRecorded, ProvisionStarted, ReferralDecided, UnmetNeedOpened, UnmetNeedClosed,
        CarerAssessmentPrompted, EhcSocialCareUpdate, AssessmentClockBreached {
}
