package org.redress.remedies.themes.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A service-improvement action on a learning theme, wherever it was agreed (DOMAIN §4:
 * "learning across cases").
 *
 * @param theme              the theme code
 * @param remedyCaseId       the remedy case it belongs to
 * @param caseReference      that case's reference
 * @param complaintReference the complaint it came from, or {@code null}
 * @param source             where it was agreed
 * @param decisionDate       when it was agreed
 * @param actionId           the action's id
 * @param actionRef          the decision's number for it
 * @param status             where it stands on the day it is read: OVERDUE from the day after its due date
 *                           while open or in progress, as every read of an action says
 * @param dueDate            when it is due
 * @param completedOn        when it was completed, or {@code null}
 */
public record ThemeAction(String theme, UUID remedyCaseId, String caseReference, String complaintReference,
        String source, LocalDate decisionDate, UUID actionId, String actionRef, String status, LocalDate dueDate,
        LocalDate completedOn) {
}
