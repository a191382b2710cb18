package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Where an action stands on the day it is read, whether or not the overdue sweep has run. */
class ActionStatusTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    @Test
    void anOpenOrInProgressActionReadsOverdueFromTheDayAfterItsDueDate() {
        assertThat(ActionStatus.OPEN.on(DUE, DUE)).isEqualTo(ActionStatus.OPEN);
        assertThat(ActionStatus.OPEN.on(DUE, DUE.plusDays(1))).isEqualTo(ActionStatus.OVERDUE);
        assertThat(ActionStatus.IN_PROGRESS.on(DUE, DUE)).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(ActionStatus.IN_PROGRESS.on(DUE, DUE.plusDays(1))).isEqualTo(ActionStatus.OVERDUE);
    }

    @Test
    void aCompletedOrSweptActionOrOneAwaitingConfirmationReadsAsStored() {
        LocalDate late = DUE.plusDays(40);
        assertThat(ActionStatus.COMPLETED.on(DUE, late)).isEqualTo(ActionStatus.COMPLETED);
        assertThat(ActionStatus.OVERDUE.on(DUE, late)).isEqualTo(ActionStatus.OVERDUE);
        assertThat(ActionStatus.AWAITING_CONFIRMATION.on(DUE, late)).isEqualTo(ActionStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void theSweepMarksOnlyWhatAReadWouldCallOverdueAndNotYetStored() {
        for (ActionStatus status : ActionStatus.values()) {
            boolean readsOverdueFirstTime = status != ActionStatus.OVERDUE
                    && status.on(DUE, DUE.plusDays(1)) == ActionStatus.OVERDUE;
            assertThat(status.fallsOverdue(DUE, DUE.plusDays(1))).as(status.name()).isEqualTo(readsOverdueFirstTime);
            assertThat(status.fallsOverdue(DUE, DUE)).as(status.name()).isFalse();
        }
    }
}
