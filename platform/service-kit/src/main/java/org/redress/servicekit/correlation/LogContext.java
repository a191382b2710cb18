package org.redress.servicekit.correlation;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;

/**
 * What a log line and the current span say about the work in hand, beside the correlation id and the
 * trace and span ids that Quarkus adds: the case changed ({@code caseType}, {@code caseId}: an aggregate
 * id, never a name or a narrative) and the event being consumed ({@code eventId}). JSON log lines carry
 * them as MDC fields.
 */
public final class LogContext {

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String EVENT_ID = "eventId";

    private LogContext() {
    }

    /** The unit of work changed this case: later log lines of the request or event name it. */
    public static void caseChanged(String aggregateType, String aggregateId) {
        MDC.put(CASE_TYPE, aggregateType);
        MDC.put(CASE_ID, aggregateId);
        Span span = Span.current();
        span.setAttribute("redress.case.type", aggregateType);
        span.setAttribute("redress.case.id", aggregateId);
    }

    /** The consumer is processing this event (its CloudEvent id). */
    public static void consuming(String eventId) {
        MDC.put(EVENT_ID, eventId);
    }

    /** The event's work is over: nothing of it stays on the worker thread for the next one. */
    public static void clearEvent() {
        MDC.remove(EVENT_ID);
        MDC.remove(CASE_TYPE);
        MDC.remove(CASE_ID);
        MDC.remove(CorrelationIds.MDC_KEY);
    }
}
