package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.assertBreaks;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;

class ActionTermsPolicyTest {

    private static AgreedActionTerms terms(ActionType type, Long amountPence, String theme) {
        return new AgreedActionTerms("A1", type, "P1M", amountPence, theme);
    }

    @Nested
    class Payments {

        @Test
        void acceptAnAmountInPence() {
            assertThatCode(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, 30_000L, null), "actions[0]"))
                    .doesNotThrowAnyException();
        }

        @Test
        void needAnAmount() {
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, null, null), "actions[2]"),
                    "remedy.payment-without-amount", "actions[2].amountPence");
        }

        @Test
        void needAnAmountAboveZero() {
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, 0L, null), "actions[0]"),
                    "remedy.payment-amount-not-positive", "actions[0].amountPence");
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, -500L, null), "actions[0]"),
                    "remedy.payment-amount-not-positive", "actions[0].amountPence");
        }

        @Test
        void needAnAmountNoLargerThanAnyRemedy() {
            assertThatCode(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, Bounds.MAX_AMOUNT_PENCE, null),
                    "actions[0]")).doesNotThrowAnyException();
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.PAYMENT, Long.MAX_VALUE, null), "actions[0]"),
                    "remedy.payment-amount-too-large", "actions[0].amountPence");
        }

        @Test
        void areTheOnlyActionsWithAnAmount() {
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.APOLOGY, 100L, null), "actions[1]"),
                    "remedy.amount-on-non-payment", "actions[1].amountPence");
        }
    }

    @Nested
    class ServiceImprovements {

        @Test
        void acceptATheme() {
            assertThatCode(() -> ActionTermsPolicy.check(
                    terms(ActionType.SERVICE_IMPROVEMENT, null, "carer-assessments"), "actions[0]"))
                    .doesNotThrowAnyException();
        }

        @Test
        void needATheme() {
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.SERVICE_IMPROVEMENT, null, " "), "actions[0]"),
                    "remedy.service-improvement-without-theme", "actions[0].theme");
        }

        @Test
        void areTheOnlyActionsWithATheme() {
            assertBreaks(() -> ActionTermsPolicy.check(terms(ActionType.REASSESSMENT, null, "carer-assessments"),
                    "actions[0]"), "remedy.theme-on-other-action", "actions[0].theme");
        }
    }
}
