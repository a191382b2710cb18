package org.redress.testkit;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/**
 * What a service did with an event its consumer refused: the record on the channel's dead-letter topic
 * (read from the shared test broker, {@link TestKafka}) and the dead-letter metric on {@code /q/metrics}.
 */
public final class DeadLetterRecords {

    /** The header the messaging connector writes the refusal's reason to. */
    public static final String REASON_HEADER = "dead-letter-reason";
    private static final String METRIC = "redress_events_dead_lettered_total{";

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
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(METRIC) && line.contains("consumer=\"" + consumer + "\"")
                    && line.contains("reason=\"" + reasonCode + "\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
