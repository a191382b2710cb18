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
        StringBuilder text = new StringBuilder("Delay " + c.from() + " to " + c.to() + " at " + c.monthlySum()
                + " a month (part month " + c.partMonthRule() + "):");
        c.lines().forEach(line -> append(text, line));
        return text.append(" total ").append(c.amountDue()).toString();
    }

    private static void append(StringBuilder text, BreakdownLine line) {
        text.append(' ').append(line.item()).append(' ').append(line.quantity().toPlainString()).append(" = ")
                .append(line.amount()).append(';');
    }
}
