package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.redress.servicekit.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Who saw this child's file?", walked from a service's OpenAPI document: every read is sent once, as an auditor
 * where the operation allows one (else the first role it allows), with a correlation id of its own, and must
 * leave in the audit trail at least one entry of that request ({@code GET /audit?correlationId=}) that records a
 * read ({@code <type>.read}) or a list ({@code <type>.listed}) by that caller. The reads that return no case data
 * (aggregate reports, the audit trail itself, an operator's view of refused events) are named by the test, each
 * with its reason; a read with path parameters is sent to the path the test gives for it, about a record the
 * test created. A read added later fails the walk until it is audited or named, so none ships unaudited.
 */
public final class ReadAuditWalk {

    /**
     * The reads every service has from the service kit that return no case data: the trail itself (who read and
     * changed what), and the events a consumer refused (ids, types and reasons, never a payload).
     */
    public static final Set<String> KIT_READS_WITHOUT_CASE_DATA = Set.of("GET /audit", "GET /dead-letters");

    /** What the walk did and what it found. */
    public record Result(int reads, List<String> failures) {
    }

    private ReadAuditWalk() {
    }

    /**
     * @param document       the service's OpenAPI document
     * @param paths          for each read with path parameters, by its template ({@code /complaints/{id}}), the
     *                       path of a record it returns
     * @param withoutCaseData the service's own reads that return no case data, by name ({@code GET /reports/annual}),
     *                       besides {@link #KIT_READS_WITHOUT_CASE_DATA}
     */
    public static Result walk(JsonNode document, Map<String, String> paths, Set<String> withoutCaseData) {
        List<String> failures = new ArrayList<>();
        int reads = 0;
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            if (!operation.method().equals("get") || withoutCaseData.contains(operation.name())
                    || KIT_READS_WITHOUT_CASE_DATA.contains(operation.name())) {
                continue;
            }
            String path = operation.template().contains("{") ? paths.get(operation.template()) : operation.template();
            if (path == null) {
                failures.add(operation.name() + ": no record given to read");
                continue;
            }
            Set<String> allowed = EndpointSecurityWalk.allowedRoles(operation.node());
            String role = allowed.contains(Roles.AUDITOR) ? Roles.AUDITOR : allowed.stream().findFirst().orElse(null);
            if (role == null) {
                failures.add(operation.name() + " declares no roles");
                continue;
            }
            reads++;
            String correlationId = "read-audit-walk-" + UUID.randomUUID();
            int status = Tokens.as(role).header("X-Correlation-Id", correlationId).when().get(path).statusCode();
            if (status != 200) {
                failures.add(operation.name() + " as " + role + " answered " + status + " on " + path);
                continue;
            }
            List<Map<String, Object>> entries = Tokens.as(Roles.AUDITOR).queryParam("correlationId", correlationId)
                    .queryParam("size", 500).when().get("/audit").then().statusCode(200).extract().path("items");
            boolean recorded = entries.stream().anyMatch(entry -> ("test-" + role).equals(entry.get("actorSubject"))
                    && String.valueOf(entry.get("action")).matches("[a-z-]+\\.(read|listed)")
                    && correlationId.equals(entry.get("correlationId")));
            if (!recorded) {
                failures.add(operation.name() + " as " + role + " left no read in the audit trail (entries: "
                        + entries.stream().map(entry -> entry.get("action")).toList() + ")");
            }
        }
        return new Result(reads, failures);
    }

    /**
     * Walks the service under test's document ({@link OpenApiContract#fetch()}) and holds it to having audited
     * every read it sent, and at least {@code readsAtLeast} of them.
     */
    public static void assertEveryReadRecorded(Map<String, String> paths, Set<String> withoutCaseData, int readsAtLeast) {
        Result result = walk(OpenApiContract.fetch(), paths, withoutCaseData);
        System.out.printf("read-audit walk: %d reads of case data, each found in the audit trail by its correlation "
                + "id%n", result.reads());
        assertThat(result.failures()).isEmpty();
        assertThat(result.reads()).isGreaterThanOrEqualTo(readsAtLeast);
    }
}
