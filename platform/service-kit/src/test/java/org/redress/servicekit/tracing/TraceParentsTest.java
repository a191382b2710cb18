package org.redress.servicekit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

class TraceParentsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void withoutASpanNothingIsKeptForTheOutbox() {
        assertThat(TraceParents.current()).isNull();
    }

    @Test
    void theCurrentSpanIsKeptAsItsW3cTraceparent() {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent()) {
            assertThat(TraceParents.current()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        }
    }

    @Test
    void aKeptTraceparentBecomesTheRemoteParentOfThePublishedEvent() {
        SpanContext parent = Span.fromContext(TraceParents.context("00-" + TRACE_ID + "-" + SPAN_ID + "-01")).getSpanContext();

        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isSampled()).isTrue();
    }

    @Test
    void aMissingOrMalformedTraceparentStartsNoTrace() {
        assertThat(Span.fromContext(TraceParents.context(null)).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParents.context("00-not-a-trace-01")).getSpanContext().isValid()).isFalse();
    }
}
