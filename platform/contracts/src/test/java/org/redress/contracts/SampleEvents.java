package org.redress.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.ActionsAgreed.AgreedAction;
import org.redress.contracts.events.AssessmentCompleted;
import org.redress.contracts.events.CarerAssessmentPrompted;
import org.redress.contracts.events.AssessmentClockBreached;
import org.redress.contracts.events.EhcSocialCareUpdate;
import org.redress.contracts.events.ReferralDecided;
import org.redress.contracts.events.UnmetNeedClosed;
import org.redress.contracts.events.UnmetNeedOpened;
import org.redress.contracts.events.AssessmentOpened;
import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.MissedProvisionRecorded;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.events.ComplaintRouted;
import org.redress.contracts.events.ComplaintStageOpened;
import org.redress.contracts.events.ComplaintStageDecided;
import org.redress.contracts.events.ComplaintHoldStarted;
import org.redress.contracts.events.ComplaintStandingDecided;
import org.redress.contracts.events.ComplaintDeclined;
import org.redress.contracts.events.ComplaintDeclineEnded;
import org.redress.contracts.events.ComplaintHoldReleased;
import org.redress.contracts.events.ComplaintClosed;
import org.redress.contracts.events.OmbudsmanDecisionRecorded;
import org.redress.contracts.events.ProvisionStarted;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.contracts.events.RedressEvent;
import org.redress.contracts.events.ReferralReceived;
import org.redress.contracts.events.RemedyActionCompleted;
import org.redress.contracts.events.RemedyActionCreated;
import org.redress.contracts.events.RemedyActionOverdue;
import org.redress.contracts.events.RemedyCaseCompleted;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.contracts.events.RemedyPaymentRecorded;

/**
 * One realistic instance of every event record, following one complaint through its stage 2
 * adjudication into a remedy case and a reassessment, plus variants whose optional links are
 * {@code null} (an assessment from a referral, a missed-provision remedy case).
 */
public final class SampleEvents {

    public static final UUID COMPLAINT_ID = UUID.fromString("3c9e1f52-7b4a-4d1e-8f6a-2a9b0c1d2e3f");
    public static final UUID REMEDY_CASE_ID = UUID.fromString("8f1e2d3c-4b5a-4697-8877-665544332211");
    public static final UUID REASSESSMENT_ACTION_ID = UUID.fromString("1a2b3c4d-5e6f-4789-9abc-def012345678");
    public static final String COMPLAINT_REFERENCE = "CMP-2026-000123-3";
    public static final String REMEDY_REFERENCE = "REM-2026-000031-8";
    public static final String CHILD = "CR-104233";
    public static final LocalDate ADJUDICATION_DATE = LocalDate.of(2026, 5, 11);

    private SampleEvents() {
    }

    /** Every sample, at least one per event record. */
    public static List<RedressEvent> all() {
        return List.of(complaintRegistered(), actionsAgreed(), clockBreached(), complaintRouted(), complaintStageOpened(),
                complaintStageDecided(), complaintHoldStarted(), complaintHoldReleased(), complaintClosed(),
                ombudsmanDecisionRecorded(), complaintStandingDecided(), complaintDeclined(), complaintDeclineEnded(),
                referralReceived(),
                reassessmentOpened(), assessmentOpenedFromReferral(), assessmentCompleted(), missedProvisionRecorded(), provisionStarted(),
                referralDecided(), unmetNeedOpened(), unmetNeedClosed(), carerAssessmentPrompted(),
                ehcSocialCareUpdate(), assessmentClockBreached(), remedyCaseOpened(), missedProvisionRemedyCaseOpened(), remedyActionCreated(),
                reassessmentRequested(), carersAssessmentRequested(), reassessmentRequestedWithoutComplaint(), remedyActionCompleted(),
                remedyActionOverdue(), remedyPaymentRecorded(), remedyCaseCompleted());
    }

    public static ComplaintRegistered complaintRegistered() {
        // received on a Monday: stage 1 is due 10 working days later (Regs 2006 reg 14)
        return new ComplaintRegistered(COMPLAINT_ID, COMPLAINT_REFERENCE, LocalDate.of(2026, 2, 2),
                "STATUTORY_CHILDREN", LocalDate.of(2026, 2, 16));
    }

    public static ActionsAgreed actionsAgreed() {
        return new ActionsAgreed(COMPLAINT_ID, COMPLAINT_REFERENCE, "STAGE_2", ADJUDICATION_DATE,
                List.of(CHILD, "CR-104234"),
                List.of(new AgreedAction("A1", "APOLOGY", "P4W", null, null,
                                "Apologise to the family for the delay in assessing their children", "Head of Service",
                                List.of()),
                        new AgreedAction("A2", "PAYMENT", "P1M", 30_000L, null, null, null, List.of()),
                        new AgreedAction("A3", "REASSESSMENT", "P1M", null, null,
                                "Reassess both children's needs", "Children with Disabilities team",
                                List.of("Keep the children's contact with professionals to a minimum")),
                        new AgreedAction("A4", "SERVICE_IMPROVEMENT", "P3M", null, "CARER_ASSESSMENTS", null, null,
                                List.of()),
                        new AgreedAction("A5", "CARERS_ASSESSMENT", "P1M", null, null,
                                "Offer the mother a separate carer's assessment", null, List.of(), "AR-220871",
                                "PARENT_CARER"),
                        new AgreedAction("A6", "PUT_SERVICE_IN_PLACE", "P6W", null, null,
                                "Put the short breaks agreed in the plan in place", null, List.of(), CHILD, null),
                        new AgreedAction("A7", "CONSIDER_FINANCIAL_REMEDY", "P1M", null, null,
                                "Consider a payment for the short breaks missed", null, List.of())));
    }

    public static ClockBreached clockBreached() {
        // a stage 2 request of Wed 18 Feb 2026 left unprogressed: 10 working days to an agreed statement
        return new ClockBreached(COMPLAINT_ID, COMPLAINT_REFERENCE, "STAGE_2_PROGRESSION", LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    }

    public static ComplaintRouted complaintRouted() {
        return new ComplaintRouted(COMPLAINT_ID, COMPLAINT_REFERENCE, "STATUTORY_CHILDREN", "CORPORATE", true,
                LocalDate.of(2026, 2, 2));
    }

    public static ComplaintStageOpened complaintStageOpened() {
        // stage 2 requested on Wed 18 Feb 2026: 10 working days to an agreed statement
        return new ComplaintStageOpened(COMPLAINT_ID, COMPLAINT_REFERENCE, "STAGE_2", LocalDate.of(2026, 2, 18),
                "STAGE_2_PROGRESSION", LocalDate.of(2026, 3, 4));
    }

    public static ComplaintStageDecided complaintStageDecided() {
        return new ComplaintStageDecided(COMPLAINT_ID, COMPLAINT_REFERENCE, "STAGE_2", ADJUDICATION_DATE, "MET", 2, 1, 0,
                0, 4);
    }

    public static ComplaintHoldStarted complaintHoldStarted() {
        return new ComplaintHoldStarted(COMPLAINT_ID, COMPLAINT_REFERENCE, "CRIMINAL_INVESTIGATION",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    }

    public static ComplaintHoldReleased complaintHoldReleased() {
        return new ComplaintHoldReleased(COMPLAINT_ID, COMPLAINT_REFERENCE, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 16));
    }

    public static ComplaintClosed complaintClosed() {
        return new ComplaintClosed(COMPLAINT_ID, COMPLAINT_REFERENCE, "RESOLVED", LocalDate.of(2026, 6, 1));
    }

    public static OmbudsmanDecisionRecorded ombudsmanDecisionRecorded() {
        return new OmbudsmanDecisionRecorded(COMPLAINT_ID, COMPLAINT_REFERENCE, "25-012-345", false,
                LocalDate.of(2026, 9, 14), "FAULT_CAUSING_INJUSTICE", false, 2, "AFTER_COUNCIL_PROCEDURE");
    }

    public static ComplaintStandingDecided complaintStandingDecided() {
        return new ComplaintStandingDecided(COMPLAINT_ID, COMPLAINT_REFERENCE, "REFUSED", LocalDate.of(2026, 2, 6), true,
                LocalDate.of(2026, 2, 9));
    }

    public static ComplaintDeclined complaintDeclined() {
        return new ComplaintDeclined(COMPLAINT_ID, COMPLAINT_REFERENCE, "WHOLE", List.of(1, 2), "CRIMINAL",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 1));
    }

    public static ComplaintDeclineEnded complaintDeclineEnded() {
        return new ComplaintDeclineEnded(COMPLAINT_ID, COMPLAINT_REFERENCE, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 18));
    }

    public static ReferralReceived referralReceived() {
        // received on a Friday: the decision is due the next working day
        return new ReferralReceived(UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"), "REF-2026-000451-8",
                CHILD, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9));
    }

    public static AssessmentOpened reassessmentOpened() {
        return new AssessmentOpened(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0",
                CHILD, "CHILD_IN_NEED", LocalDate.of(2026, 5, 12), LocalDate.of(2026, 7, 15), REMEDY_CASE_ID,
                REASSESSMENT_ACTION_ID);
    }

    public static AssessmentOpened assessmentOpenedFromReferral() {
        return new AssessmentOpened(UUID.fromString("7f8091a2-b3c4-4d5e-8f60-718293a4b5c6"), "ASM-2026-000088-8",
                "CR-104240", "YOUNG_CARER", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 5, 13), null, null);
    }

    public static AssessmentCompleted assessmentCompleted() {
        return new AssessmentCompleted(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0",
                CHILD, "CHILD_IN_NEED", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15), true, 3, 2, 1,
                REMEDY_CASE_ID, REASSESSMENT_ACTION_ID);
    }

    public static MissedProvisionRecorded missedProvisionRecorded() {
        return new MissedProvisionRecorded(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"),
                "ASM-2026-000087-0", CHILD, UUID.fromString("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9"), "DIRECT_PAYMENT",
                5250, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 16));
    }

    public static ReferralDecided referralDecided() {
        // the Friday referral decided on the Monday: the next working day, in time
        return new ReferralDecided(UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"), "REF-2026-000451-8", CHILD,
                "S17_ASSESSMENT", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), true,
                UUID.fromString("7f8091a2-b3c4-4d5e-8f60-718293a4b5c6"));
    }

    public static UnmetNeedOpened unmetNeedOpened() {
        return new UnmetNeedOpened(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0", CHILD,
                "N1", "CARER_BREAK", true, LocalDate.of(2026, 7, 10));
    }

    public static UnmetNeedClosed unmetNeedClosed() {
        return new UnmetNeedClosed(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0", CHILD,
                "N1", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 17));
    }

    public static CarerAssessmentPrompted carerAssessmentPrompted() {
        return new CarerAssessmentPrompted(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0",
                CHILD, "SIBLING", "YOUNG_CARER", LocalDate.of(2026, 7, 10));
    }

    public static EhcSocialCareUpdate ehcSocialCareUpdate() {
        return new EhcSocialCareUpdate(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0",
                CHILD, LocalDate.of(2026, 7, 10), List.of("PRACTICAL_ASSISTANCE_IN_THE_HOME"), List.of("CARER_BREAK"));
    }

    public static AssessmentClockBreached assessmentClockBreached() {
        return new AssessmentClockBreached(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0", CHILD,
                "ASSESSMENT", LocalDate.of(2026, 5, 12), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 16));
    }

    public static RemedyCaseOpened remedyCaseOpened() {
        return new RemedyCaseOpened(REMEDY_CASE_ID, REMEDY_REFERENCE, COMPLAINT_ID, COMPLAINT_REFERENCE, "STAGE_2",
                ADJUDICATION_DATE, 4);
    }

    public static RemedyCaseOpened missedProvisionRemedyCaseOpened() {
        return new RemedyCaseOpened(UUID.fromString("9a0b1c2d-3e4f-4506-a718-293a4b5c6d7e"), "REM-2026-000032-6",
                null, null, "MISSED_PROVISION", LocalDate.of(2026, 5, 29), 1);
    }

    public static ReassessmentRequested reassessmentRequested() {
        // agreed "within one month" of the adjudication: a calendar period
        return new ReassessmentRequested(REMEDY_CASE_ID, REMEDY_REFERENCE, REASSESSMENT_ACTION_ID, COMPLAINT_ID,
                CHILD, ADJUDICATION_DATE.plusMonths(1), ADJUDICATION_DATE,
                List.of("Keep the children's contact with professionals to a minimum"));
    }

    public static ReassessmentRequested carersAssessmentRequested() {
        // the mother's own assessment as a parent carer (Children Act 1989 s17ZD), agreed with the reassessment
        return new ReassessmentRequested(REMEDY_CASE_ID, REMEDY_REFERENCE,
                UUID.fromString("3c4d5e6f-7081-4923-b4c5-d6e7f8091a2b"), COMPLAINT_ID, CHILD,
                ADJUDICATION_DATE.plusMonths(1), ADJUDICATION_DATE, List.of(), "PARENT_CARER", "AR-220871");
    }

    public static ProvisionStarted provisionStarted() {
        return new ProvisionStarted(UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"), "ASM-2026-000087-0",
                CHILD, UUID.fromString("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9"), "N1", "SERVICE",
                LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 17));
    }

    public static ReassessmentRequested reassessmentRequestedWithoutComplaint() {
        return new ReassessmentRequested(UUID.fromString("9a0b1c2d-3e4f-4506-a718-293a4b5c6d7e"), "REM-2026-000032-6",
                UUID.fromString("2b3c4d5e-6f70-4891-a2b3-c4d5e6f70819"), null, "CR-104240",
                LocalDate.of(2026, 6, 29), LocalDate.of(2026, 5, 29), List.of());
    }

    public static RemedyActionCreated remedyActionCreated() {
        // the apology agreed at the adjudication, due four weeks later
        return new RemedyActionCreated(REMEDY_CASE_ID, REMEDY_REFERENCE,
                UUID.fromString("5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13"), "A1", "APOLOGY", ADJUDICATION_DATE.plusWeeks(4),
                COMPLAINT_ID);
    }

    public static RemedyActionCompleted remedyActionCompleted() {
        // apology agreed within four weeks of the adjudication, sent three weeks in
        return new RemedyActionCompleted(REMEDY_CASE_ID, REMEDY_REFERENCE,
                UUID.fromString("5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13"), "A1", "APOLOGY", ADJUDICATION_DATE.plusWeeks(4),
                ADJUDICATION_DATE.plusWeeks(3), true);
    }

    public static RemedyActionOverdue remedyActionOverdue() {
        // payment agreed within one month, not paid by then: overdue the day after
        return new RemedyActionOverdue(REMEDY_CASE_ID, REMEDY_REFERENCE,
                UUID.fromString("6e2d8f33-1a4b-4c7f-8b52-3d9e8c1f7a24"), "A2", "PAYMENT", "STAGE_2",
                ADJUDICATION_DATE.plusMonths(1), ADJUDICATION_DATE.plusMonths(1).plusDays(1));
    }

    public static RemedyPaymentRecorded remedyPaymentRecorded() {
        // £542.25 paid of £690.00 due leaves £147.75
        return new RemedyPaymentRecorded(REMEDY_CASE_ID, REMEDY_REFERENCE,
                UUID.fromString("6e2d8f33-1a4b-4c7f-8b52-3d9e8c1f7a24"), "MISSED_PROVISION", LocalDate.of(2026, 6, 5),
                54_225, 54_225, 69_000, 14_775);
    }

    public static RemedyCaseCompleted remedyCaseCompleted() {
        return new RemedyCaseCompleted(REMEDY_CASE_ID, REMEDY_REFERENCE, COMPLAINT_ID, LocalDate.of(2026, 8, 3), 4, 1);
    }
}
