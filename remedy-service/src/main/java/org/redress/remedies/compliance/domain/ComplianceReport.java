package org.redress.remedies.compliance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Compliance with agreed remedies over a period, in total, by action type and by where the
 * actions were agreed. The Ombudsman publishes each council's compliance rate with its
 * recommendations, so that rate is worked out here the same way: of the Ombudsman actions due
 * in the period whose due date has passed, the share completed on time, as a percentage to one
 * decimal place (half up); {@code null} when there are none.
 *
 * @param from     first due date counted (inclusive)
 * @param to       last due date counted (inclusive)
 * @param total    all actions due in the period
 * @param byType   by action type
 * @param bySource by source ({@code STAGE_1} … {@code OMBUDSMAN}, {@code MISSED_PROVISION})
 */
public record ComplianceReport(LocalDate from, LocalDate to, ComplianceFigures total,
        Map<String, ComplianceFigures> byType, Map<String, ComplianceFigures> bySource) {

    /** The Ombudsman compliance rate in percent, or {@code null} with no Ombudsman action yet due. */
    public BigDecimal ombudsmanComplianceRate() {
        ComplianceFigures ombudsman = bySource.get("OMBUDSMAN");
        if (ombudsman == null) {
            return null;
        }
        long fallenDue = ombudsman.completedOnTime() + ombudsman.completedLate() + ombudsman.overdueNow();
        if (fallenDue == 0) {
            return null;
        }
        return BigDecimal.valueOf(ombudsman.completedOnTime() * 100L)
                .divide(BigDecimal.valueOf(fallenDue), 1, RoundingMode.HALF_UP);
    }
}
