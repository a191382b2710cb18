package org.redress.servicekit.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of a span, as the outbox keeps it between the transaction that wrote an
 * event and the relay that publishes it later on another thread. Only the trace and span ids and the
 * sampled flag travel: no baggage, nothing a caller sent.
 */
public final class TraceParents {

    /** The header and map key W3C Trace Context uses. */
    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent, or null when there is no valid span (no trace to continue). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context whose remote parent is {@code traceParent}; the root context when it is null or malformed. */
    public static Context context(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(HEADER, traceParent), MAP);
    }
}
