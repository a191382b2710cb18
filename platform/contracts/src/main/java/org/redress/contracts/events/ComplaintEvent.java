package org.redress.contracts.events;

/** Events on {@code redress.complaints.v1}, keyed by complaint id. */
public sealed interface ComplaintEvent extends RedressEvent permits ComplaintRegistered, ActionsAgreed, ClockBreached,
        ComplaintRouted, ComplaintStageOpened, ComplaintStageDecided, ComplaintHoldStarted, ComplaintHoldReleased,
        ComplaintClosed, OmbudsmanDecisionRecorded, ComplaintStandingDecided, ComplaintDeclined, ComplaintDeclineEnded {
}
