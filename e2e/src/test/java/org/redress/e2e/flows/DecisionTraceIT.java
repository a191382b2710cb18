package org.redress.e2e.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.e2e.RunningSuite;
import org.redress.e2e.SuiteExtension;
import org.redress.e2e.tracing.TraceCollector;
import org.redress.e2e.tracing.TraceCollector.ReceivedSpan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One stage 2 adjudication can be followed as one trace from the HTTP request that recorded it, through
 * complaints-service's outbox and the broker into remedy-service, which opens the remedy case, and on
 * through remedy-service's outbox into assessment-service, which opens the reassessment the case asked
 * for. The services export to the suite's OTLP collector as they would to a council's.
 */
@ExtendWith(SuiteExtension.class)
class DecisionTraceIT {

    private static final LocalDate ADJUDICATED = LocalDate.of(2026, 3, 2);
    private static final AgreedAction REASSESSMENT = AgreedAction.of("A1", "REASSESSMENT", "P4W", LocalDate.of(2026, 3, 30));

    @Test
    void anAdjudicationIsOneTraceAcrossTheThreeServices(RunningSuite suite) {
        FlowCalls calls = new FlowCalls(suite);
        ComplaintJourney complaint = ComplaintJourney.received(calls, FlowCalls.newChildRef())
                .throughStageTwo(ADJUDICATED, AgreedAction.json(List.of(REASSESSMENT)));
        JsonNode remedyCase = complaint.remedyCaseOpened("STAGE_2", ADJUDICATED, List.of(REASSESSMENT));
        String remedyCaseId = remedyCase.path("id").asText();
        TraceCollector collector = TraceCollector.shared();

        // the span in which remedy-service opened this case names it; its trace is the adjudication's
        ReceivedSpan opening = Awaitility.await("remedy-service's span opening remedy case " + remedyCaseId)
                .atMost(FlowCalls.EVENTUAL).pollInterval(Duration.ofMillis(250))
                .until(() -> collector.spans().stream()
                        .filter(s -> s.service().equals("remedy-service"))
                        .filter(s -> remedyCaseId.equals(s.attributes().get("redress.case.id")))
                        .findFirst().orElse(null), span -> span != null);
        String traceId = opening.traceId();
        List<ReceivedSpan> trace = Awaitility.await("assessment-service's span in trace " + traceId)
                .atMost(FlowCalls.EVENTUAL).pollInterval(Duration.ofMillis(250))
                .until(() -> collector.trace(traceId), spans -> spans.stream()
                        .anyMatch(s -> s.service().equals("assessment-service") && "assessment".equals(s.attributes().get("redress.case.type"))));
        print(traceId, trace);

        assertThat(trace).extracting(ReceivedSpan::service).as("services in the trace")
                .contains("complaints-service", "remedy-service", "assessment-service");
        List<ReceivedSpan> roots = trace.stream().filter(s -> s.parentSpanId().isEmpty()).toList();
        assertThat(roots).as("the trace starts at one span: the HTTP request that recorded the adjudication").hasSize(1);
        ReceivedSpan root = roots.get(0);
        assertThat(root.service()).isEqualTo("complaints-service");
        assertThat(root.kind()).isEqualTo("SERVER");
        assertThat(root.name()).startsWith("POST ").contains("/complaints/");
        Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).as("every span's parent is in the same trace: nothing was cut off at the outbox or the broker")
                .allMatch(s -> s.parentSpanId().isEmpty() || spanIds.contains(s.parentSpanId()));
        assertThat(trace).as("the events were published by each service's producer and processed by the next")
                .anyMatch(s -> s.service().equals("complaints-service") && s.kind().equals("PRODUCER"))
                .anyMatch(s -> s.service().equals("remedy-service") && s.kind().equals("CONSUMER"))
                .anyMatch(s -> s.service().equals("remedy-service") && s.kind().equals("PRODUCER"))
                .anyMatch(s -> s.service().equals("assessment-service") && s.kind().equals("CONSUMER"));
    }

    @Test
    void theServicesJsonLogLinesCarryTheTraceTheCorrelationIdTheEventAndTheCase(RunningSuite suite) throws IOException {
        FlowCalls calls = new FlowCalls(suite);
        ComplaintJourney complaint = ComplaintJourney.received(calls, FlowCalls.newChildRef())
                .throughStageTwo(ADJUDICATED, AgreedAction.json(List.of(REASSESSMENT)));
        String remedyCaseId = complaint.remedyCaseOpened("STAGE_2", ADJUDICATED, List.of(REASSESSMENT)).path("id").asText();

        // remedy-service's line for the case it opened, written while it processed complaints-service's event
        JsonNode opened = Awaitility.await("remedy-service's log line for remedy case " + remedyCaseId)
                .atMost(FlowCalls.EVENTUAL).pollInterval(Duration.ofMillis(250))
                .until(() -> jsonLines(suite, "remedy-service").stream()
                        .filter(line -> remedyCaseId.equals(line.path("mdc").path("caseId").asText()))
                        .findFirst().orElse(null), line -> line != null);
        JsonNode mdc = opened.path("mdc");
        assertThat(mdc.path("caseType").asText()).isEqualTo("remedy-case");
        assertThat(mdc.path("eventId").asText()).as("the event being processed").matches("[0-9a-f-]{36}");
        assertThat(mdc.path("traceId").asText()).as("the trace").matches("[0-9a-f]{32}");
        assertThat(mdc.path("correlationId").asText()).as("the correlation id of the request that began it").isNotBlank();

        // the same trace and correlation id on complaints-service's line for the adjudication
        assertThat(jsonLines(suite, "complaints-service"))
                .as("complaints-service's JSON log lines of trace %s", mdc.path("traceId").asText())
                .anyMatch(line -> line.path("mdc").path("traceId").asText().equals(mdc.path("traceId").asText())
                        && line.path("mdc").path("correlationId").asText().equals(mdc.path("correlationId").asText())
                        && line.path("mdc").path("caseId").asText().equals(complaint.id()));
    }

    /** Every JSON line the service's processes have logged so far. */
    private static List<JsonNode> jsonLines(RunningSuite suite, String service) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(suite.logDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(service + ".")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("{")) {
                        lines.add(json.readTree(line));
                    }
                }
            }
        }
        return lines;
    }

    private static void print(String traceId, List<ReceivedSpan> trace) {
        System.out.println("trace " + traceId + ":");
        trace.stream().sorted(Comparator.comparing(ReceivedSpan::service).thenComparing(ReceivedSpan::name))
                .forEach(s -> System.out.printf("  %-18s %-8s %s%n", s.service(), s.kind(), s.name()));
    }
}
