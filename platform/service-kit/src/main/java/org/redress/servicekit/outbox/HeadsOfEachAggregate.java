package org.redress.servicekit.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks, from claimed rows in write order, the earliest unsent row of each aggregate. Sends in
 * one batch are pipelined, and a send can fail while a later one succeeds (a broker coming
 * back, metadata not yet known); if both belonged to one aggregate, its events would reach
 * consumers out of order, which no retry can undo. With one row per aggregate in flight, a
 * failed row is retried before anything after it in its aggregate is sent.
 */
final class HeadsOfEachAggregate {

    private HeadsOfEachAggregate() {
    }

    static List<PendingEvent> of(List<PendingEvent> claimedInWriteOrder) {
        Set<String> seen = new HashSet<>();
        List<PendingEvent> heads = new ArrayList<>();
        for (PendingEvent event : claimedInWriteOrder) {
            if (seen.add(event.aggregateId())) {
                heads.add(event);
            }
        }
        return heads;
    }
}
