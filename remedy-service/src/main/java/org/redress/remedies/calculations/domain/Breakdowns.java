package org.redress.remedies.calculations.domain;

/** A calculation's breakdown in words, for timelines and for the person who confirms an amount. */
public final class Breakdowns {

    private Breakdowns() {
    }

    public static String of(MissedProvisionCalculation c) {
        StringBuilder text = new StringBuilder("Missed provision " + c.from() + " to " + c.to() + " (" + c.days()
                + " days) at " + c.weeklyAmount() + " a week:");
        c.lines().forEach(line -> append(text, line));
        return text.append(" total ").append(c.amountDue()).toString();
    }

    public static String of(DelayPaymentCalculation c) {
        StringBuilder text = new StringBuilder("Delay " + c.from() + " to " + c.to() + ", both days counted: "
                + c.wholeMonths() + (c.wholeMonths() == 1 ? " whole month" : " whole months") + partMonth(c) + ", at "
                + c.monthlySum() + " a month (part month " + c.partMonthRule() + "):");
        c.lines().forEach(line -> append(text, line));
        return text.append(" total ").append(c.amountDue()).toString();
    }

    /** The part month's days and first day, so that a reader sees what was counted (or left out) as a month. */
    private static String partMonth(DelayPaymentCalculation c) {
        if (!c.partMonth()) {
            return "";
        }
        return " and a part month of " + c.partMonthDays() + (c.partMonthDays() == 1 ? " day" : " days") + " from "
                + c.partMonthFrom();
    }

    private static void append(StringBuilder text, BreakdownLine line) {
        text.append(' ').append(line.item()).append(' ').append(line.quantity().toPlainString()).append(" = ")
                .append(line.amount()).append(';');
    }
}
