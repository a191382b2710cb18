package org.redress.remedies.calculations.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.remedies.calculations.domain.BreakdownLine;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation;
import org.redress.remedies.calculations.domain.MissedProvisionCalculation;

/** Calculations as the API shows them, every line with its quantity, rate and amount in pence. */
public final class CalculationViews {

    private CalculationViews() {
    }

    /** One line of a breakdown. */
    @Schema(name = "BreakdownLine", description = "One line of a calculation")
    public record LineView(
            @Schema(examples = "REMAINING_DAYS") BreakdownLine.LineItem item,
            @Schema(description = "How many weeks, days, hours or months", examples = "1") BigDecimal quantity,
            @Schema(description = "Rate per unit in pence; a daily rate is shown to 4 decimal places", examples = "750")
            BigDecimal unitRatePence,
            @Schema(description = "The line's amount in pence; negative for a deduction", examples = "750") long amountPence,
            @Schema(description = "Whether the exact amount had a fraction of a penny and was rounded half up",
                    examples = "false") boolean rounded) {

        static LineView of(BreakdownLine line) {
            return new LineView(line.item(), line.quantity(), line.unitRate(), line.amount().pence(),
                    line.rounded());
        }
    }

    /** A missed-provision calculation. */
    @Schema(name = "MissedProvisionCalculation", description = "Missed provision worked out line by line")
    public record MissedProvisionView(
            @Schema(examples = "2024-07-01") LocalDate from,
            @Schema(examples = "2024-09-30") LocalDate to,
            @Schema(description = "Days in the period, both ends counted", examples = "92") long days,
            @Schema(examples = "5250") long weeklyAmountPence,
            List<LineView> lines,
            @Schema(description = "What the period was worth", examples = "69000") long grossPence,
            @Schema(examples = "0") long alreadyPaidPence,
            @Schema(description = "What the council still owes", examples = "69000") long amountDuePence,
            @Schema(examples = MissedProvisionCalculation.ROUNDING_RULE) String roundingRule) {

        static MissedProvisionView of(MissedProvisionCalculation c) {
            return new MissedProvisionView(c.from(), c.to(), c.days(), c.weeklyAmount().pence(),
                    c.lines().stream().map(LineView::of).toList(), c.gross().pence(), c.alreadyPaid().pence(),
                    c.amountDue().pence(), MissedProvisionCalculation.ROUNDING_RULE);
        }
    }

    /** A delay payment calculation. */
    @Schema(name = "DelayPaymentCalculation", description = "A sum per month of delay worked out line by line")
    public record DelayPaymentView(
            @Schema(examples = "2024-01-01") LocalDate from,
            @Schema(examples = "2024-05-31") LocalDate to,
            @Schema(examples = "5000") long monthlyAmountPence,
            @Schema(examples = "COUNT_AS_MONTH") DelayPaymentCalculation.PartMonthRule partMonthRule,
            @Schema(examples = "5") long wholeMonths,
            @Schema(description = "Whether days were left over after the whole months", examples = "false") boolean partMonth,
            List<LineView> lines,
            @Schema(examples = "25000") long amountDuePence) {

        static DelayPaymentView of(DelayPaymentCalculation c) {
            return new DelayPaymentView(c.from(), c.to(), c.monthlySum().pence(), c.partMonthRule(),
                    c.wholeMonths(), c.partMonth(), c.lines().stream().map(LineView::of).toList(), c.amountDue().pence());
        }
    }
}
