package org.redress.servicekit.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.correlation.CorrelationIds;
import org.redress.servicekit.problem.LoggedFailure;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a consumer's effect exactly once per event id: the processed-message row and the
 * effect share one transaction. A failure is retried with backoff ({@link InboxRetries}: for as long
 * as the database is unreachable, a few times otherwise); an event that breaks a rule is logged and
 * recorded as processed, because redelivering it cannot make it valid.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private final InboxRetries retries = new InboxRetries(IdempotentConsumer::sleep);

    private final ProcessedMessages processedMessages;
    private final CurrentActor currentActor;

    public IdempotentConsumer(ProcessedMessages processedMessages, CurrentActor currentActor) {
        this.processedMessages = processedMessages;
        this.currentActor = currentActor;
    }

    /** Applies {@code effect} unless {@code consumer} already processed this record's event. */
    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> effect) {
        InboundEvent event = InboundEvent.from(record);
        if (event.id() == null || event.type() == null) {
            LOG.warnf("%s skipped a record without CloudEvent id/type at %s-%d@%d", consumer, record.topic(),
                    record.partition(), record.offset());
            return;
        }
        if (event.correlationId() != null) {
            MDC.put(CorrelationIds.MDC_KEY, event.correlationId());
        }
        try {
            currentActor.runAs(Actor.system(consumer), () -> {
                applyWithRetries(consumer, event, effect);
                return null;
            });
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    private void applyWithRetries(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        try {
            retries.run(() -> applyOnce(consumer, event, effect), (attempt, failure) -> LOG.warnf(
                    "%s failed on event %s (attempt %d): %s", consumer, event.id(), attempt,
                    LoggedFailure.summary(failure)));
        } catch (RuleViolation violation) {
            LOG.errorf("%s rejected event %s (%s) for %s: rule %s", consumer, event.id(), event.type(),
                    event.subject(), violation.rule());
            QuarkusTransaction.requiringNew().run(() -> processedMessages.recordFirstDelivery(consumer, event));
        }
    }

    private void applyOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (processedMessages.recordFirstDelivery(consumer, event)) {
                effect.accept(event);
                LOG.debugf("%s processed event %s (%s) for %s", consumer, event.id(), event.type(), event.subject());
            } else {
                LOG.infof("%s ignored redelivered event %s (%s) for %s", consumer, event.id(), event.type(),
                        event.subject());
            }
        });
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
