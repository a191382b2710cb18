package org.redress.servicekit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;

class EventValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final EventValues values = EventValues.on(TODAY);

    @Nested
    class RefusesWithTheFieldNamedAndNeverTheValue {

        @Test
        void anAmountBeyondTheLargestPlausible() {
            assertThatThrownBy(() -> values.amount("weeklyAmountPence", Long.MAX_VALUE))
                    .isInstanceOfSatisfying(ImplausibleEventValue.class, e -> {
                        assertThat(e.rule()).isEqualTo(ImplausibleEventValue.RULE);
                        assertThat(e.field()).isEqualTo("weeklyAmountPence");
                        assertThat(e.getMessage()).doesNotContain(Long.toString(Long.MAX_VALUE));
                    });
            assertThatThrownBy(() -> values.amount("amountPence", -1)).hasFieldOrPropertyWithValue("field", "amountPence");
        }

        @Test
        void aDateBefore2000OrBeyondThePlanningHorizon() {
            assertThatThrownBy(() -> values.date("dueDate", LocalDate.of(1, 1, 1))).hasFieldOrPropertyWithValue("field", "dueDate");
            assertThatThrownBy(() -> values.date("dueDate", TODAY.plusYears(11))).hasFieldOrPropertyWithValue("field", "dueDate");
            assertThatThrownBy(() -> values.date("dueDate", null)).hasFieldOrPropertyWithValue("field", "dueDate");
        }

        @Test
        void aPeriodThatEndsBeforeItStarts() {
            assertThatThrownBy(() -> values.dates("missedFrom", TODAY, "missedTo", TODAY.minusDays(1)))
                    .hasFieldOrPropertyWithValue("field", "missedTo");
        }

        @Test
        void aPeriodOfCenturiesOrNoneOrNotAPeriod() {
            for (String period : new String[] {"P9999M", "P11Y", "P0D", "P-1M", "4 weeks", "P99999999999Y"}) {
                assertThatThrownBy(() -> values.period("actions[0].period", period)).as(period)
                        .hasFieldOrPropertyWithValue("field", "actions[0].period");
            }
        }

        @Test
        void aReferenceLongerThanAnySystemIssuesOrBlank() {
            assertThatThrownBy(() -> values.reference("childRef", "x".repeat(Bounds.MAX_REFERENCE_LENGTH + 1)))
                    .hasFieldOrPropertyWithValue("field", "childRef");
            assertThatThrownBy(() -> values.references("childReferences", List.of("CR-1", " ")))
                    .hasFieldOrPropertyWithValue("field", "childReferences[1]");
        }

        @Test
        void aNegativeCountAndAMissingId() {
            assertThatThrownBy(() -> values.count("actionCount", -1)).hasFieldOrPropertyWithValue("field", "actionCount");
            assertThatThrownBy(() -> values.present("assessmentId", null)).hasFieldOrPropertyWithValue("field", "assessmentId");
        }
    }

    @Test
    void acceptsWhatTheHttpEdgeAccepts() {
        assertThatCode(() -> values.amount("amountPence", Bounds.MAX_AMOUNT_PENCE)
                .optionalAmount("amountPence", null)
                .dates("missedFrom", Bounds.EARLIEST_CASE_DATE, "missedTo", TODAY.plusYears(Bounds.LATEST_PLANNED_YEARS_AHEAD))
                .period("period", "P4W").period("period", "P3M").period("period", "P" + Bounds.MAX_PERIOD_MONTHS + "M")
                .references("childReferences", List.of("CR-104233"))
                .code("type", "APOLOGY").optionalCode("theme", null)
                .count("actionCount", 0)).doesNotThrowAnyException();
    }

    @Test
    void aReasonsCodeIsWhatComesBeforeItsDetail() {
        assertThat(RefusedEvent.codeOf("event.implausible-value: weeklyAmountPence")).isEqualTo("event.implausible-value");
        assertThat(RefusedEvent.codeOf("remedy.decision-already-opened")).isEqualTo("remedy.decision-already-opened");
        assertThat(new RefusedEvent("event.failed-after-retries", "ArithmeticException").getMessage())
                .isEqualTo("event.failed-after-retries: ArithmeticException");
    }
}
