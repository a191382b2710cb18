package org.redress.remedies.assessmentoutcomes.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.events.MissedProvisionRecorded;

class AssessmentOutcomesConsumerTest {

    @Test
    void takesTheDayAfterTheLastMissedDayAsTheDayTheProvisionStarted() {
        // missed from 10 Jul to 16 Aug inclusive: the direct payments started on 17 Aug
        var missed = new MissedProvisionRecorded(UUID.randomUUID(), "ASM-2026-000087-0", "CR-104233", UUID.randomUUID(),
                "DIRECT_PAYMENT", 5250, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 16));

        assertThat(AssessmentOutcomesConsumer.startedOn(missed)).isEqualTo(LocalDate.of(2026, 8, 17));
    }
}
