package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.domain.AgreedActionTerm.ActionType;
import org.redress.complaints.complaint.domain.AgreedActionTerm.CarerType;
import org.redress.contracts.events.ActionsAgreed.AgreedAction;
import org.redress.contracts.problem.RuleViolation;

/**
 * A carer's assessment names the carer and the kind of carer, a service to put in place names the child it is
 * for, and no other action names a person: what the council agreed to do for whom is on the record.
 */
class ActionsForAPersonTest {

    private static AgreedActionTerm action(ActionType type, String personRef, CarerType carerType) {
        return AgreedActionTerm.agreed("A5", type, "P1M", null, null, null, null, List.of(), personRef, carerType);
    }

    private static void assertRefused(Runnable agreeing, String rule, String field) {
        assertThatThrownBy(agreeing::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.getMessage()).contains("A5");
        });
    }

    @Nested
    class ACarersAssessment {

        @Test
        void namesTheCarerAndTheKindOfCarerAndCarriesBothOnTheEvent() {
            AgreedAction event = action(ActionType.CARERS_ASSESSMENT, "AR-220871", CarerType.PARENT_CARER).toEvent();
            assertThat(event.type()).isEqualTo("CARERS_ASSESSMENT");
            assertThat(event.personRef()).isEqualTo("AR-220871");
            assertThat(event.carerType()).isEqualTo("PARENT_CARER");
        }

        @Test
        void mayBeOfAYoungCarer() {
            assertThat(action(ActionType.CARERS_ASSESSMENT, "CR-104240", CarerType.YOUNG_CARER).toEvent().carerType())
                    .isEqualTo("YOUNG_CARER");
        }

        @Test
        void isRefusedWithoutTheCarer() {
            assertRefused(() -> action(ActionType.CARERS_ASSESSMENT, null, CarerType.PARENT_CARER), "action.person-ref",
                    "personRef");
            assertRefused(() -> action(ActionType.CARERS_ASSESSMENT, " ", CarerType.PARENT_CARER), "action.person-ref",
                    "personRef");
        }

        @Test
        void isRefusedWithoutTheKindOfCarer() {
            assertRefused(() -> action(ActionType.CARERS_ASSESSMENT, "AR-220871", null), "action.carer-type", "carerType");
        }
    }

    @Nested
    class AServiceToPutInPlace {

        @Test
        void namesTheChildAndCarriesItOnTheEvent() {
            AgreedAction event = action(ActionType.PUT_SERVICE_IN_PLACE, "CR-104233", null).toEvent();
            assertThat(event.type()).isEqualTo("PUT_SERVICE_IN_PLACE");
            assertThat(event.personRef()).isEqualTo("CR-104233");
            assertThat(event.carerType()).isNull();
        }

        @Test
        void isRefusedWithoutTheChild() {
            assertRefused(() -> action(ActionType.PUT_SERVICE_IN_PLACE, null, null), "action.person-ref", "personRef");
        }

        @Test
        void isRefusedWithAKindOfCarer() {
            assertRefused(() -> action(ActionType.PUT_SERVICE_IN_PLACE, "CR-104233", CarerType.YOUNG_CARER),
                    "action.carer-type", "carerType");
        }
    }

    @Nested
    class AnyOtherAction {

        @Test
        void aDecisionOnAFinancialRemedyNamesNoOne() {
            AgreedAction event = action(ActionType.CONSIDER_FINANCIAL_REMEDY, null, null).toEvent();
            assertThat(event.type()).isEqualTo("CONSIDER_FINANCIAL_REMEDY");
            assertThat(event.personRef()).isNull();
            assertThat(event.carerType()).isNull();
        }

        @Test
        void isRefusedWithAPerson() {
            assertRefused(() -> action(ActionType.CONSIDER_FINANCIAL_REMEDY, "CR-104233", null), "action.person-ref",
                    "personRef");
            assertRefused(() -> action(ActionType.REASSESSMENT, "CR-104233", null), "action.person-ref", "personRef");
        }

        @Test
        void isRefusedWithAKindOfCarer() {
            assertRefused(() -> action(ActionType.APOLOGY, null, CarerType.PARENT_CARER), "action.carer-type", "carerType");
        }

        @Test
        void storedBeforePeopleWereNamedReadsWithNone() {
            AgreedActionTerm stored = new AgreedActionTerm("A1", ActionType.APOLOGY, "P4W", null, null, null, null, List.of());
            assertThat(stored.personRef()).isNull();
            assertThat(stored.carerType()).isNull();
        }
    }
}
