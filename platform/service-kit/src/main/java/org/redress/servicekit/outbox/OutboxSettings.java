package org.redress.servicekit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code redress.outbox.*}). */
@ConfigMapping(prefix = "redress.outbox")
public interface OutboxSettings {

    /** The CloudEvent {@code source} of every event this service publishes. */
    String source();

    /** Most rows claimed and published in one go. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it backs off. */
    @WithDefault("20s")
    Duration publishTimeout();

    /** First wait after a failed batch; doubled on each further failure. */
    @WithDefault("500ms")
    Duration initialBackoff();

    /** Longest wait between attempts while the broker is unreachable. */
    @WithDefault("15s")
    Duration maxBackoff();
}
