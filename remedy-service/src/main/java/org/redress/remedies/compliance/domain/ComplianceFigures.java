package org.redress.remedies.compliance.domain;

/**
 * How a set of actions due in a period stand (DOMAIN §4 reports: "actions due, completed on
 * time, late, overdue").
 *
 * @param due              actions whose due date falls in the period
 * @param completedOnTime  of those, completed on or before their due date
 * @param completedLate    of those, completed after their due date
 * @param overdueNow       of those, not complete and past their due date today
 */
public record ComplianceFigures(long due, long completedOnTime, long completedLate, long overdueNow) {

    /** Not complete but not yet due either. */
    public long notYetDue() {
        return due - completedOnTime - completedLate - overdueNow;
    }
}
