package org.redress.servicekit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class HeadsOfEachAggregateTest {

    private static PendingEvent row(long seq, String aggregate) {
        return new PendingEvent(UUID.randomUUID(), seq, aggregate, "t", "s", "{}", null, Instant.EPOCH, null);
    }

    @Test
    void keepsOnlyTheEarliestRowOfEachAggregateInWriteOrder() {
        List<PendingEvent> claimed = List.of(row(1, "case-a"), row(2, "case-b"), row(3, "case-a"), row(4, "case-c"),
                row(5, "case-b"));
        assertThat(HeadsOfEachAggregate.of(claimed)).extracting(PendingEvent::seq).containsExactly(1L, 2L, 4L);
    }

    @Test
    void keepsEverythingWhenEachRowIsItsOwnAggregate() {
        List<PendingEvent> claimed = List.of(row(7, "x"), row(8, "y"), row(9, "z"));
        assertThat(HeadsOfEachAggregate.of(claimed)).isEqualTo(claimed);
    }
}
