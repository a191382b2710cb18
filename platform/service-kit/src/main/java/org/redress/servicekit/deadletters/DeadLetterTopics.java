package org.redress.servicekit.deadletters;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * This service's dead-letter topics and, for each, the topic its consuming channel reads, taken from the
 * channels' own settings ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic} and
 * {@code mp.messaging.incoming.<channel>.topic}) so that they are declared once. A replay goes back to the
 * channel's topic as configured, never to a topic named in a record's headers.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");

    private final Map<String, String> sourceByDeadLetterTopic = new TreeMap<>();

    public DeadLetterTopics(Config config) {
        for (String name : config.getPropertyNames()) {
            Matcher matcher = DEAD_LETTER_TOPIC.matcher(name);
            if (matcher.matches()) {
                String channel = matcher.group(1);
                config.getOptionalValue(name, String.class).ifPresent(deadLetters -> sourceByDeadLetterTopic.put(deadLetters,
                        config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class).orElse(channel)));
            }
        }
    }

    /** Every dead-letter topic of this service, in name order. */
    public Iterable<String> all() {
        return sourceByDeadLetterTopic.keySet();
    }

    /** The topic whose events end up in {@code deadLetterTopic}, if it is one of this service's. */
    public Optional<String> sourceOf(String deadLetterTopic) {
        return Optional.ofNullable(sourceByDeadLetterTopic.get(deadLetterTopic));
    }
}
