package org.redress.contracts.events;

import java.util.Arrays;
import java.util.Optional;

import org.redress.contracts.Topics;

/**
 * Every event type in the suite: its CloudEvent {@code type}, the topic it travels on, the
 * aggregate type it belongs to and the record that carries its payload. The AsyncAPI document
 * ({@code asyncapi.yaml}) documents each one; a test keeps the two in step.
 */
public enum EventType {
    COMPLAINT_REGISTERED("org.redress.complaint.registered.v1", Topics.COMPLAINTS, "complaint",
            ComplaintRegistered.class),
    COMPLAINT_ACTIONS_AGREED("org.redress.complaint.actions-agreed.v1", Topics.COMPLAINTS, "complaint",
            ActionsAgreed.class),
    COMPLAINT_CLOCK_BREACHED("org.redress.complaint.clock-breached.v1", Topics.COMPLAINTS, "complaint",
            ClockBreached.class),
    COMPLAINT_ROUTED("org.redress.complaint.routed.v1", Topics.COMPLAINTS, "complaint", ComplaintRouted.class),
    COMPLAINT_STAGE_OPENED("org.redress.complaint.stage-opened.v1", Topics.COMPLAINTS, "complaint",
            ComplaintStageOpened.class),
    COMPLAINT_STAGE_DECIDED("org.redress.complaint.stage-decided.v1", Topics.COMPLAINTS, "complaint",
            ComplaintStageDecided.class),
    COMPLAINT_HOLD_STARTED("org.redress.complaint.hold-started.v1", Topics.COMPLAINTS, "complaint",
            ComplaintHoldStarted.class),
    COMPLAINT_HOLD_RELEASED("org.redress.complaint.hold-released.v1", Topics.COMPLAINTS, "complaint",
            ComplaintHoldReleased.class),
    COMPLAINT_CLOSED("org.redress.complaint.closed.v1", Topics.COMPLAINTS, "complaint", ComplaintClosed.class),
    COMPLAINT_OMBUDSMAN_DECISION_RECORDED("org.redress.complaint.ombudsman-decision-recorded.v1", Topics.COMPLAINTS,
            "complaint", OmbudsmanDecisionRecorded.class),
    COMPLAINT_STANDING_DECIDED("org.redress.complaint.standing-decided.v1", Topics.COMPLAINTS, "complaint",
            ComplaintStandingDecided.class),
    COMPLAINT_DECLINED("org.redress.complaint.declined.v1", Topics.COMPLAINTS, "complaint", ComplaintDeclined.class),
    COMPLAINT_DECLINE_ENDED("org.redress.complaint.decline-ended.v1", Topics.COMPLAINTS, "complaint",
            ComplaintDeclineEnded.class),
    REFERRAL_RECEIVED("org.redress.assessment.referral-received.v1", Topics.ASSESSMENTS, "referral",
            ReferralReceived.class),
    ASSESSMENT_OPENED("org.redress.assessment.opened.v1", Topics.ASSESSMENTS, "assessment",
            AssessmentOpened.class),
    ASSESSMENT_COMPLETED("org.redress.assessment.completed.v1", Topics.ASSESSMENTS, "assessment",
            AssessmentCompleted.class),
    MISSED_PROVISION_RECORDED("org.redress.assessment.missed-provision-recorded.v1", Topics.ASSESSMENTS,
            "assessment", MissedProvisionRecorded.class),
    PROVISION_STARTED("org.redress.assessment.provision-started.v1", Topics.ASSESSMENTS, "assessment",
            ProvisionStarted.class),
    REFERRAL_DECIDED("org.redress.assessment.referral-decided.v1", Topics.ASSESSMENTS, "referral",
            ReferralDecided.class),
    UNMET_NEED_OPENED("org.redress.assessment.unmet-need-opened.v1", Topics.ASSESSMENTS, "assessment",
            UnmetNeedOpened.class),
    UNMET_NEED_CLOSED("org.redress.assessment.unmet-need-closed.v1", Topics.ASSESSMENTS, "assessment",
            UnmetNeedClosed.class),
    CARER_ASSESSMENT_PROMPTED("org.redress.assessment.carer-assessment-prompted.v1", Topics.ASSESSMENTS,
            "assessment", CarerAssessmentPrompted.class),
    EHC_SOCIAL_CARE_UPDATE("org.redress.assessment.ehc-social-care-update.v1", Topics.ASSESSMENTS, "assessment",
            EhcSocialCareUpdate.class),
    // keyed by the referral or the assessment whose clock it is
    ASSESSMENT_CLOCK_BREACHED("org.redress.assessment.clock-breached.v1", Topics.ASSESSMENTS, "referral-or-assessment",
            AssessmentClockBreached.class),
    REMEDY_CASE_OPENED("org.redress.remedy.case-opened.v1", Topics.REMEDIES, "remedy-case",
            RemedyCaseOpened.class),
    REMEDY_ACTION_CREATED("org.redress.remedy.action-created.v1", Topics.REMEDIES, "remedy-case",
            RemedyActionCreated.class),
    REASSESSMENT_REQUESTED("org.redress.remedy.reassessment-requested.v1", Topics.REMEDIES, "remedy-case",
            ReassessmentRequested.class),
    REMEDY_ACTION_COMPLETED("org.redress.remedy.action-completed.v1", Topics.REMEDIES, "remedy-case",
            RemedyActionCompleted.class),
    REMEDY_ACTION_OVERDUE("org.redress.remedy.action-overdue.v1", Topics.REMEDIES, "remedy-case",
            RemedyActionOverdue.class),
    REMEDY_PAYMENT_RECORDED("org.redress.remedy.payment-recorded.v1", Topics.REMEDIES, "remedy-case",
            RemedyPaymentRecorded.class),
    REMEDY_CASE_COMPLETED("org.redress.remedy.case-completed.v1", Topics.REMEDIES, "remedy-case",
            RemedyCaseCompleted.class);

    private final String ceType;
    private final String topic;
    private final String aggregateType;
    private final Class<? extends RedressEvent> payloadType;

    EventType(String ceType, String topic, String aggregateType, Class<? extends RedressEvent> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.payloadType = payloadType;
    }

    /** The CloudEvent {@code type} attribute. */
    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public Class<? extends RedressEvent> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType of(RedressEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no event type is registered for " + event.getClass().getName()));
    }
}
