package org.redress.servicekit.inbox;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.redress.contracts.events.EventType;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.correlation.CorrelationIds;
import org.redress.servicekit.correlation.LogContext;
import org.redress.servicekit.problem.LoggedFailure;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.tracing.ConsumedEventSpans;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Runs a consumer's effect exactly once per event id: the processed-message row and the
 * effect share one transaction. A failure is retried with backoff ({@link InboxRetries}: for as long
 * as the database is unreachable, a few times otherwise).
 *
 * <p>An event that cannot be applied (it breaks a rule, a value is implausible, it has no CloudEvent id,
 * or its effect failed on every attempt) is refused with a {@link RefusedEvent}: the channel's failure
 * strategy ({@link org.redress.servicekit.deadletters.DeadLetterOrRedeliver}) writes it to the channel's
 * dead-letter topic with the reason, and the consumer goes on with the next event. It is not recorded as processed, so that an operator can
 * replay it once the cause is fixed; {@value #DEAD_LETTERED_METRIC} counts these events.
 *
 * <p>Once the service begins to stop, an event not yet applied is not refused: the attempt in progress
 * may still commit, but a failure (its database connections closing, say) or a further attempt ends in a
 * {@link ServiceStopping}, which leaves the event unacknowledged for the next instance to apply.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** Events refused to a dead-letter topic, tagged by consumer, topic and reason code. */
    public static final String DEAD_LETTERED_METRIC = "redress.events.dead.lettered";

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private final InboxRetries retries = new InboxRetries(IdempotentConsumer::sleep);
    private final AtomicBoolean stopping = new AtomicBoolean();

    private final ProcessedMessages processedMessages;
    private final CurrentActor currentActor;
    private final MeterRegistry meters;
    private final ConsumedEventSpans spans;

    public IdempotentConsumer(ProcessedMessages processedMessages, CurrentActor currentActor, MeterRegistry meters,
            ConsumedEventSpans spans) {
        this.processedMessages = processedMessages;
        this.spans = spans;
        this.currentActor = currentActor;
        this.meters = meters;
    }

    /**
     * Applies {@code effect} unless {@code consumer} already processed this record's event. An event of a
     * type the consumer does not {@code handle} is passed over before any transaction: no processed-message
     * row, no database round trip (remedy-service, say, reads every complaint event and acts on one type).
     *
     * @throws RefusedEvent when the event cannot be applied: the connector dead-letters it
     */
    public void handle(String consumer, ConsumerRecord<String, String> record, Set<EventType> handled,
            Consumer<InboundEvent> effect) {
        InboundEvent event = InboundEvent.from(record);
        if (!fitsTheInbox(event)) {
            throw refused(consumer, record, event, RefusedEvent.INVALID_ATTRIBUTES, null);
        }
        if (handled.stream().noneMatch(type -> type.ceType().equals(event.type()))) {
            LOG.debugf("%s passed over event %s (%s): not a type it handles", consumer, event.id(), event.type());
            return;
        }
        if (event.correlationId() != null) {
            MDC.put(CorrelationIds.MDC_KEY, event.correlationId());
        }
        LogContext.consuming(event.id());
        try {
            spans.process(consumer, event.type(), record, () -> currentActor.runAs(Actor.system(consumer), () -> {
                applyWithRetries(consumer, record, event, effect);
                return null;
            }));
        } finally {
            LogContext.clearEvent();
        }
    }

    /** Before the connectors and the datasource close: from now on an event that fails is left for redelivery. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping.set(true);
    }

    /** The processed-message row keeps an event id of up to 64 and a type of up to 128 characters. */
    private static boolean fitsTheInbox(InboundEvent event) {
        return event.id() != null && !event.id().isBlank() && event.id().length() <= 64
                && event.type() != null && !event.type().isBlank() && event.type().length() <= 128;
    }

    private void applyWithRetries(String consumer, ConsumerRecord<String, String> record, InboundEvent event,
            Consumer<InboundEvent> effect) {
        try {
            // the failure's class only: its message may quote data (a database error's detail, a value)
            retries.run(() -> applyUnlessStopping(consumer, event, effect), (attempt, failure) -> LOG.warnf(
                    "%s failed on event %s (attempt %d): %s", consumer, event.id(), attempt,
                    LoggedFailure.summary(failure)));
        } catch (RuleViolation violation) {
            throw refused(consumer, record, event, violation.rule(), violation.field());
        } catch (ServiceStopping stop) {
            throw leftForRedelivery(consumer, record, event, stop);
        } catch (RuntimeException failure) {
            if (stopping.get() || Thread.currentThread().isInterrupted()) { // interrupted while waiting to retry
                throw leftForRedelivery(consumer, record, event, new ServiceStopping(consumer, event.id()));
            }
            LOG.errorf(LoggedFailure.withoutMessages(failure), "%s gave up on event %s (%s) after %d attempts: %s",
                    consumer, event.id(), event.type(), InboxRetries.ATTEMPTS, LoggedFailure.summary(failure));
            throw refused(consumer, record, event, RefusedEvent.FAILED_AFTER_RETRIES, failure.getClass().getSimpleName());
        }
    }

    private static ServiceStopping leftForRedelivery(String consumer, ConsumerRecord<String, String> record,
            InboundEvent event, ServiceStopping stop) {
        LOG.infof("%s left event %s (%s) at %s-%d@%d for redelivery: the service is stopping", consumer,
                event.id(), event.type(), record.topic(), record.partition(), record.offset());
        return stop;
    }

    private RefusedEvent refused(String consumer, ConsumerRecord<String, String> record, InboundEvent event,
            String code, String detail) {
        RefusedEvent refused = new RefusedEvent(code, detail);
        // the id and type only when they fit the inbox: otherwise they are not ours and not worth a log line
        boolean attributes = fitsTheInbox(event);
        LOG.errorf("%s refused event %s (%s) at %s-%d@%d to its dead-letter topic: %s", consumer,
                attributes ? event.id() : "?", attributes ? event.type() : "?", record.topic(), record.partition(), record.offset(), refused.getMessage());
        meters.counter(DEAD_LETTERED_METRIC, "consumer", consumer, "topic", record.topic(), "reason", code).increment();
        return refused;
    }

    /** One attempt; once the service is stopping, a failure is the stop's and no new attempt begins. */
    private void applyUnlessStopping(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        if (stopping.get()) {
            throw new ServiceStopping(consumer, event.id());
        }
        try {
            applyOnce(consumer, event, effect);
        } catch (RuleViolation violation) {
            throw violation;
        } catch (RuntimeException failure) {
            if (stopping.get() || Thread.currentThread().isInterrupted()) {
                throw new ServiceStopping(consumer, event.id());
            }
            throw failure;
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
            Thread.currentThread().interrupt(); // only a stopping service interrupts its consumers
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
