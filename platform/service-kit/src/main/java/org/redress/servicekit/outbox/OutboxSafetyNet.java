package org.redress.servicekit.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Wakes the relay every second whatever happens to notifications, so a lost NOTIFY or a
 * dropped listener connection delays an event by a second at most, never strands it.
 */
@ApplicationScoped
public class OutboxSafetyNet {

    private final OutboxRelay relay;

    public OutboxSafetyNet(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(every = "${redress.outbox.safety-net-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        relay.wake();
    }
}
