package org.redress.servicekit.outbox;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.redress.servicekit.tracing.TraceParents;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes one outbox row as a CloudEvent in binary mode through the SmallRye Kafka
 * connector: the connector writes the {@code ce_*} headers from the metadata, the payload is
 * the JSON data, and the record key is the aggregate id so one aggregate stays on one partition.
 */
@ApplicationScoped
public class KafkaEventPublisher {

    /** Outgoing channel every service maps to its own topic. */
    public static final String CHANNEL = "redress-events";

    /** CloudEvent extension carrying the request's correlation id ({@code ce_correlationid}). */
    public static final String CORRELATION_EXTENSION = "correlationid";

    private final Emitter<String> emitter;
    private final URI source;

    public KafkaEventPublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<String> emitter, OutboxSettings settings) {
        this.emitter = emitter;
        this.source = URI.create(settings.source());
    }

    /** Sends the event; the future completes when the broker acknowledged it, or fails. */
    CompletableFuture<Void> publish(PendingEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<String> message = Message.of(event.payload(), Metadata.of(cloudEvent(event), kafkaRecord(event), trace(event)),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException refused) {
            acknowledged.completeExceptionally(refused);
        }
        return acknowledged;
    }

    private OutgoingCloudEventMetadata<String> cloudEvent(PendingEvent event) {
        OutgoingCloudEventMetadataBuilder<String> builder = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id().toString())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json");
        if (event.correlationId() != null) {
            builder.withExtension(CORRELATION_EXTENSION, event.correlationId());
        }
        return builder.build();
    }

    /**
     * The connector's producer span (and the {@code traceparent} header it writes) continues the trace of
     * the request or event that wrote the row, not of the relay thread that happens to send it.
     */
    private static TracingMetadata trace(PendingEvent event) {
        Context writer = TraceParents.context(event.traceParent());
        return TracingMetadata.with(writer, writer);
    }

    private static OutgoingKafkaRecordMetadata<String> kafkaRecord(PendingEvent event) {
        return OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId()).build();
    }
}
