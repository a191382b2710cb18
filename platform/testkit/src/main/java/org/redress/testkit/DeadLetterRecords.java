package org.redress.testkit;

import java.time.Duration;
import java.util.Map;

/**
 * What a service did with an event its consumer refused: the record on the channel's dead-letter topic
 * (read from the shared test broker, {@link TestKafka}) and the dead-letter metric on {@code /q/metrics}.
 */
public final class DeadLetterRecords {

    /** The header the messaging connector writes the refusal's reason to. */
    public static final String REASON_HEADER = "dead-letter-reason";
    private static final String METRIC = "redress_events_dead_lettered_total";

    private DeadLetterRecords() {
    }

    /**
     * Waits until the first event with {@code key} is on the dead-letter topic and returns it; give each
     * poison event a key of its own (a fresh aggregate id) so that it is the first.
     */
    public static ReceivedCloudEvent await(String deadLetterTopic, String key, Duration timeout) {
        return CloudEventRecords.await(deadLetterTopic, key, 1, timeout).get(0);
    }

    /** How many events this consumer refused for this reason code, as the service's metric counts them. */
    public static double counted(String consumer, String reasonCode) {
        return ScrapedMetrics.scrape().value(METRIC, Map.of("consumer", consumer, "reason", reasonCode));
    }
}
