package org.redress.servicekit.deadletters;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.redress.servicekit.inbox.ServiceStopping;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=}{@value #NAME}): an event its
 * consumer refused goes to the channel's dead-letter topic, exactly as the connector's own
 * {@code dead-letter-queue} strategy writes it (same {@code dead-letter-queue.*} settings); an event left
 * because the service is stopping ({@link ServiceStopping}) is neither written there nor acknowledged, as
 * the connector's {@code fail} strategy does, so that its offset is not committed and the next instance of
 * the consumer group applies it.
 */
@ApplicationScoped
@Identifier(DeadLetterOrRedeliver.NAME)
public class DeadLetterOrRedeliver implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-or-redeliver";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final KafkaFailureHandler.Factory fail;

    public DeadLetterOrRedeliver(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory fail) {
        this.deadLetterQueue = deadLetterQueue;
        this.fail = fail;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler refused = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stopped = fail.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return ServiceStopping.isCauseOf(reason) ? stopped.handle(record, reason, metadata)
                        : refused.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                refused.terminate();
                stopped.terminate();
            }
        };
    }
}
