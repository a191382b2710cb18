package org.redress.e2e.tracing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * An OTLP/HTTP trace receiver on 127.0.0.1, standing where a council's collector would: the services
 * export to it exactly as they would in production (protobuf over HTTP, the SDK's batch processor), and
 * a test reads back every span it received.
 */
public final class TraceCollector implements AutoCloseable {

    private static TraceCollector shared;

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    /** The collector of this test JVM, to which every service the suite starts exports its spans. */
    public static synchronized TraceCollector shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/", collector::receive);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "e2e-trace-collector");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return collector;
        } catch (IOException e) {
            throw new IllegalStateException("the trace collector could not listen on 127.0.0.1", e);
        }
    }

    /** The settings that point a service's traces here (see the services' "Logs and traces" settings). */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "REDRESS_TRACING_DISABLED", "false",
                "REDRESS_TRACING_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                // export within a fraction of a second instead of the SDK's default 5 s
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    }

    /** Every span received so far. */
    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace received so far. */
    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            spans.addAll(spansOf(request));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static List<ReceivedSpan> spansOf(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        List<ReceivedSpan> received = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = attribute(resourceSpans.getResource(), "service.name");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (var span : scopeSpans.getSpansList()) {
                    received.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(), span.getKind().name().replace("SPAN_KIND_", ""), attributes(span.getAttributesList())));
                }
            }
        }
        return received;
    }

    private static String attribute(Resource resource, String key) {
        return attributes(resource.getAttributesList()).getOrDefault(key, "?");
    }

    private static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (KeyValue keyValue : keyValues) {
            AnyValue value = keyValue.getValue();
            attributes.put(keyValue.getKey(), switch (value.getValueCase()) {
                case STRING_VALUE -> value.getStringValue();
                case INT_VALUE -> Long.toString(value.getIntValue());
                case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
                default -> value.toString();
            });
        }
        return attributes;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One span as a collector sees it: ids in hex, kind without its prefix (SERVER, CONSUMER, ...). */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            String kind, Map<String, String> attributes) {
    }
}
