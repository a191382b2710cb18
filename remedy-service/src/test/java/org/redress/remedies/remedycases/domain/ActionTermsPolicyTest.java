package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.remedies.remedycases.domain.RemedyCaseTest.assertBreaks;

import java.util.Collections;
import java.util.List;

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

    /**
     * An event carries no bean validation: the words of an agreed action are bounded here as the HTTP
     * edge bounds them, so one over-long text is refused by rule instead of failing its column.
     */
    @Nested
    class Words {

        private static AgreedActionTerms worded(String description, String owner, List<String> conditions) {
            return new AgreedActionTerms("A1", ActionType.REASSESSMENT, "P1M", null, null, description, owner, conditions);
        }

        @Test
        void acceptADescriptionOwnerAndConditionsAsLongAsAnyNarrative() {
            assertThatCode(() -> ActionTermsPolicy.check(worded("x".repeat(Bounds.MAX_NARRATIVE_LENGTH),
                    "o".repeat(Bounds.MAX_NAME_LENGTH), Collections.nCopies(Bounds.MAX_LIST_SIZE,
                            "c".repeat(Bounds.MAX_NARRATIVE_LENGTH))), "actions[0]")).doesNotThrowAnyException();
        }

        @Test
        void refuseADescriptionLongerThanAnyNarrative() {
            assertBreaks(() -> ActionTermsPolicy.check(worded("x".repeat(Bounds.MAX_NARRATIVE_LENGTH + 1), null,
                    List.of()), "actions[1]"), "remedy.text-too-long", "actions[1].description");
        }

        @Test
        void refuseAnOwnerLongerThanAnyName() {
            assertBreaks(() -> ActionTermsPolicy.check(worded(null, "o".repeat(Bounds.MAX_NAME_LENGTH + 1), List.of()),
                    "actions[0]"), "remedy.text-too-long", "actions[0].owner");
        }

        @Test
        void refuseMoreConditionsThanAnyListHolds() {
            assertBreaks(() -> ActionTermsPolicy.check(worded(null, null,
                    Collections.nCopies(Bounds.MAX_LIST_SIZE + 1, "Named contact")), "actions[0]"),
                    "remedy.too-many-conditions", "actions[0].conditions");
        }

        @Test
        void refuseABlankOrOverLongCondition() {
            assertBreaks(() -> ActionTermsPolicy.check(worded(null, null, List.of("Named contact", " ")), "actions[0]"),
                    "remedy.blank-condition", "actions[0].conditions[1]");
            assertBreaks(() -> ActionTermsPolicy.check(worded(null, null,
                    List.of("c".repeat(Bounds.MAX_NARRATIVE_LENGTH + 1))), "action"),
                    "remedy.text-too-long", "action.conditions[0]");
        }

        @Test
        void readNoConditionsAsNone() {
            assertThat(worded(null, null, null).conditions()).isEmpty();
            assertThatThrownBy(() -> worded(null, null, null).conditions().add("later"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatCode(() -> ActionTermsPolicy.check(worded(null, null, null), "actions[0]"))
                    .doesNotThrowAnyException();
        }
    }
}
