package org.redress.complaints.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.complaints.ComplaintRequests.get;
import static org.redress.complaints.imports.ImportLines.line;
import static org.redress.complaints.imports.ImportLines.registration;
import static org.redress.complaints.imports.ImportLines.step;
import static org.redress.complaints.imports.ImportLines.upload;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Topics;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.CloudEventRecords;
import org.redress.testkit.OpenApiContract;
import org.redress.testkit.OpenApiOperation;
import org.redress.testkit.ReceivedCloudEvent;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A council starting mid-year brings its open complaints across from its previous system: each line of
 * the file is a case with its past dates, replayed through the same use cases as the API, one transaction
 * a case. The dates expected below are counted by hand from DOMAIN.md's working-day rules (England and
 * Wales bank holidays of 2026: 3 and 6 April, 4 and 25 May, 31 August).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ComplaintImportIT {

    private static final String FINDINGS = """
            [{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}]""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void casesAtDifferentStagesImportWithTheirClocksCountedFromTheirPastDates() {
        String file = String.join("\n",
                // received Monday 1 June 2026, never answered: 10 working days end Monday 15 June
                line("OLD-A-1", registration("2026-06-01", "CR-IMP-A1")),
                // received Monday 2 March, extended to 20 working days (Monday 30 March), answered Friday 27 March;
                // stage 2 requested Wednesday 8 April (progression due Wednesday 22 April), statement agreed Monday
                // 20 April: 25 working days, skipping 4 and 25 May, end Wednesday 27 May
                line("OLD-B-2", registration("2026-03-02", "CR-IMP-B2"),
                        step("stage-1.extension", """
                                {"workingDays":20,"reason":"An advocate is needed","complainantToldOn":"2026-03-04"}"""),
                        step("stage-1.response", "{\"decidedOn\":\"2026-03-27\",\"findings\":" + FINDINGS + "}"),
                        step("stage-2.request", "{\"requestedOn\":\"2026-04-08\"}"),
                        step("stage-2.appointments.investigating-officer", """
                                {"reference":"IO-7001","appointedOn":"2026-04-09"}"""),
                        step("stage-2.appointments.independent-person", """
                                {"reference":"IP-7002","appointedOn":"2026-04-09","declaration":{"declaredOn":"2026-04-09",\
                                "notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}"""),
                        step("stage-2.statement", "{\"agreedOn\":\"2026-04-20\",\"agreedBy\":\"IO-7001\"}")),
                // received Monday 7 September (due Monday 21 September), held from Wednesday 9 to Wednesday 16
                // September: 5 working days paused, so due Monday 28 September
                line("OLD-C-3", registration("2026-09-07", "CR-IMP-C3"),
                        step("holds", """
                                {"reason":"COMPLAINANT_REQUEST","heldOn":"2026-09-09","complainantToldOn":"2026-09-09",\
                                "reviewOn":"2026-10-09"}"""),
                        step("holds.release", "{\"releasedOn\":\"2026-09-16\"}")),
                // received Monday 5 October (due Monday 19 October), answered Friday 30 October: missed
                line("OLD-D-4", registration("2026-10-05", "CR-IMP-D4"),
                        step("stage-1.response", "{\"decidedOn\":\"2026-10-30\",\"findings\":" + FINDINGS + "}")));

        JsonPath report = upload(file).statusCode(200)
                .body("received", equalTo(4)).body("imported", equalTo(4)).body("refused", equalTo(0))
                .extract().jsonPath();
        assertThat(report.getList("importedLines.line", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(report.getList("importedLines.previousReference", String.class))
                .containsExactly("OLD-A-1", "OLD-B-2", "OLD-C-3", "OLD-D-4");

        String neverAnswered = report.getString("importedLines[0].id");
        get(neverAnswered).body("reference", equalTo(report.getString("importedLines[0].reference")))
                .body("receivedDate", equalTo("2026-06-01"))
                .body("state", equalTo("STAGE_1_OPEN"))
                .body("stageOneClock.start", equalTo("2026-06-01"))
                .body("stageOneClock.dueDate", equalTo("2026-06-15"))
                .body("stageOneClock.state", equalTo("OVERDUE"));

        get(report.getString("importedLines[1].id"))
                .body("stageOneClock.extendedDueDate", equalTo("2026-03-30"))
                .body("stageOneClock.state", equalTo("MET"))
                .body("clocks.STAGE_2_PROGRESSION.dueDate", equalTo("2026-04-22"))
                .body("clocks.STAGE_2_PROGRESSION.state", equalTo("MET"))
                .body("clocks.STAGE_2.start", equalTo("2026-04-20"))
                .body("clocks.STAGE_2.dueDate", equalTo("2026-05-27"))
                .body("clocks.STAGE_2.state", equalTo("OVERDUE"));

        get(report.getString("importedLines[2].id"))
                .body("stageOneClock.dueDate", equalTo("2026-09-28"))
                .body("stageOneClock.state", equalTo("OVERDUE"))
                .body("holds[0].releasedOn", equalTo("2026-09-16"));

        String missed = report.getString("importedLines[3].id");
        get(missed).body("state", equalTo("STAGE_1_RESPONDED"))
                .body("stageOneClock.dueDate", equalTo("2026-10-19"))
                .body("stageOneClock.state", equalTo("MISSED"));

        // downstream systems see what the API would have sent, in the order the steps happened
        List<String> types = CloudEventRecords.await(Topics.COMPLAINTS, missed, 5, Duration.ofSeconds(20)).stream()
                .map(ReceivedCloudEvent::type).toList();
        assertThat(types).startsWith("org.redress.complaint.registered.v1", "org.redress.complaint.routed.v1",
                "org.redress.complaint.stage-opened.v1");
        assertThat(types).contains("org.redress.complaint.clock-breached.v1", "org.redress.complaint.stage-decided.v1");
    }

    @Test
    void aCaseBreakingARuleInItsMiddleIsRefusedWithNothingOfItStoredWhileTheOthersImport() throws SQLException {
        long complaintsBefore = count("SELECT count(*) FROM complaint");
        long outboxBefore = count("SELECT count(*) FROM outbox");
        long auditBefore = count("SELECT count(*) FROM audit_entry");
        String file = String.join("\n",
                line("OLD-OK-1", registration("2026-06-01", "CR-IMP-OK1")),
                // its hold and release are fine; the response is dated before the complaint was received
                line("OLD-BAD-2", registration("2026-06-01", "CR-IMP-BAD2"),
                        step("holds", """
                                {"reason":"COMPLAINANT_REQUEST","heldOn":"2026-06-03","complainantToldOn":"2026-06-03",\
                                "reviewOn":"2026-07-03"}"""),
                        step("holds.release", "{\"releasedOn\":\"2026-06-10\"}"),
                        step("stage-1.response", "{\"decidedOn\":\"2026-05-20\",\"findings\":" + FINDINGS + "}")),
                line("OLD-OK-3", registration("2026-06-02", "CR-IMP-OK3"),
                        step("stage-1.response", "{\"decidedOn\":\"2026-06-05\",\"findings\":" + FINDINGS + "}")));

        JsonPath report = upload(file).statusCode(200)
                .body("received", equalTo(3)).body("imported", equalTo(2)).body("refused", equalTo(1))
                .body("refusedLines[0].line", equalTo(2))
                .body("refusedLines[0].previousReference", equalTo("OLD-BAD-2"))
                .body("refusedLines[0].step", equalTo(3))
                .body("refusedLines[0].command", equalTo("stage-1.response"))
                .body("refusedLines[0].problem.type", equalTo("urn:redress:problem:date.before-receipt"))
                .body("refusedLines[0].problem.rule", equalTo("date.before-receipt"))
                .body("refusedLines[0].problem.status", equalTo(422))
                .body("refusedLines[0].problem.field", equalTo("steps[2].body.decidedOn"))
                .extract().jsonPath();
        assertThat(report.getList("importedLines.line", Integer.class)).containsExactly(1, 3);

        assertThat(count("SELECT count(*) FROM complaint WHERE child_references @> '[\"CR-IMP-BAD2\"]'")).isZero();
        String imported = report.getList("importedLines.id", String.class).stream().map(id -> "'" + id + "'")
                .collect(Collectors.joining(","));
        assertThat(count("SELECT count(*) FROM complaint")).isEqualTo(complaintsBefore + 2);
        // every outbox row and audit entry written meanwhile belongs to one of the two imported complaints
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(outboxBefore
                + count("SELECT count(*) FROM outbox WHERE aggregateid IN (" + imported + ")"));
        assertThat(count("SELECT count(*) FROM audit_entry")).isEqualTo(auditBefore
                + count("SELECT count(*) FROM audit_entry WHERE resource_id IN (" + imported + ")"));
        get(report.getString("importedLines[1].id")).body("stageOneClock.state", equalTo("MET"));
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumbersAndTheOthersImport() {
        String tooManySteps = line("OLD-M-4", registration("2026-06-01", "CR-IMP-M4"), IntStream.range(0, 41)
                .mapToObj(i -> step("holds.release", "{\"releasedOn\":\"2026-06-10\"}")).toArray(String[]::new));
        String hugeBody = line("OLD-M-5", registration("2026-06-01", "CR-IMP-M5"),
                step("stage-1.extension", "{\"workingDays\":20,\"reason\":\"" + "x".repeat(40_000)
                        + "\",\"complainantToldOn\":\"2026-06-02\"}"));
        String file = String.join("\n",
                "{not json at all",
                line("OLD-M-2", registration("2026-06-01", "CR-IMP-M2"), step("stage-1.teleport", "{}")),
                line("OLD-M-3", registration("2026-06-01", "CR-IMP-M3")).replace("\"channel\"", "\"chanel\":\"EMAIL\",\"channel\""),
                tooManySteps,
                hugeBody,
                line("OLD-M-6", registration("2026-06-01", "CR-IMP-M6"),
                        step("stage-1.response", "{\"decidedOn\":\"" + LocalDate.now().plusDays(30) + "\",\"findings\":" + FINDINGS + "}")),
                "",
                line("OLD-M-8", registration("2026-06-01", "CR-IMP-M8")));

        upload(file).statusCode(200)
                .body("received", equalTo(7)).body("imported", equalTo(1)).body("refused", equalTo(6))
                .body("importedLines[0].line", equalTo(8))
                .body("refusedLines.line", equalTo(List.of(1, 2, 3, 4, 5, 6)))
                .body("refusedLines[0].previousReference", nullValue())
                .body("refusedLines[0].problem.type", equalTo("urn:redress:problem:malformed-request"))
                .body("refusedLines[1].previousReference", equalTo("OLD-M-2"))
                .body("refusedLines[1].step", equalTo(1))
                .body("refusedLines[1].problem.rule", equalTo("import.unknown-command"))
                .body("refusedLines[1].problem.field", equalTo("steps[0].command"))
                .body("refusedLines[2].problem.field", equalTo("registration.chanel"))
                .body("refusedLines[3].problem.type", equalTo("urn:redress:problem:validation"))
                .body("refusedLines[3].problem.field", equalTo("steps"))
                .body("refusedLines[4].problem.rule", equalTo("import.step-body-too-large"))
                .body("refusedLines[4].problem.field", equalTo("steps[0].body"))
                .body("refusedLines[5].problem.type", equalTo("urn:redress:problem:validation"))
                .body("refusedLines[5].problem.field", equalTo("steps[0].body.decidedOn"));
    }

    @Test
    void anUploadOverItsBoundsIsRefusedWhole() {
        String many = IntStream.range(0, 1001).mapToObj(i -> "{}").collect(Collectors.joining("\n"));
        upload(many).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:redress:problem:import.too-many-lines"));
        String big = line("OLD-BIG", registration("2026-06-01", "CR-IMP-BIG")) + "\n"
                + "x".repeat(300 * 1024);
        upload(big).statusCode(413).contentType("application/problem+json");
        upload("\n\n").statusCode(400).body("type", equalTo("urn:redress:problem:import.empty"));
    }

    @Test
    void everyCommandOfTheApiOnACaseCanBeReplayedByItsPath() {
        JsonNode document = OpenApiContract.fetch();
        Set<String> commandsOfTheApi = OpenApiOperation.all(document).stream()
                .filter(operation -> !operation.method().equals("get"))
                .filter(operation -> operation.template().startsWith("/complaints/{id}/"))
                .map(operation -> operation.template().substring("/complaints/{id}/".length()).replace('/', '.'))
                .collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/ImportedStep/properties/command/enum").forEach(c -> documented.add(c.asText()));
        assertThat(documented).isEqualTo(commandsOfTheApi);

        // each documented command reaches its operation's request: an empty body is refused by that request's validation
        List<String> commands = List.copyOf(new TreeSet<>(documented));
        String file = commands.stream().map(command -> line("OLD-CMD", registration("2026-06-01", "CR-IMP-CMD"),
                step(command, "{}"))).collect(Collectors.joining("\n"));
        JsonPath report = upload(file).statusCode(200).body("refused", equalTo(commands.size())).extract().jsonPath();
        assertThat(report.getList("refusedLines.command", String.class)).containsExactlyElementsOf(commands);
        assertThat(report.getList("refusedLines.problem.type", String.class))
                .containsOnly("urn:redress:problem:validation");
    }

    @Test
    void aFileSentAsAnythingButJsonLinesIsRefused() {
        Tokens.as(Roles.OPERATOR).contentType(ContentType.JSON)
                .body(line("OLD-CT-1", registration("2026-06-01", "CR-IMP-CT1")))
                .when().post("/imports/complaints").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void onlyAnOperatorMayImport() {
        String file = line("OLD-SEC-1", registration("2026-06-01", "CR-IMP-SEC1"));
        for (String role : List.of(Roles.COMPLAINTS_MANAGER, Roles.COMPLAINTS_OFFICER, Roles.INTEGRATION_CLIENT,
                Roles.AUDITOR)) {
            upload(role, file).statusCode(403).contentType("application/problem+json");
        }
    }

    private long count(String sql) throws SQLException {
        return ImportLines.count(dataSource, sql);
    }
}
