package org.redress.servicekit.tracing;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Runs a consumer's work on an event inside a span that continues the trace of whoever published it
 * (the {@code traceparent} record header the connector wrote), so that the events this work appends
 * to the outbox, and its log lines, belong to the same trace as the HTTP request that started it all.
 * With tracing off the tracer is a no-op and the work simply runs.
 */
@ApplicationScoped
public class ConsumedEventSpans {

    private final Tracer tracer;

    public ConsumedEventSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    public <T> T process(String consumer, String eventType, ConsumerRecord<String, String> record, Supplier<T> work) {
        Span span = tracer.spanBuilder(consumer + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParents.context(traceParent(record)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("redress.event.type", eventType == null ? "?" : eventType)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    private static String traceParent(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TraceParents.HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
    }
}
