package org.redress.complaints.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.imports.ImportLines.line;
import static org.redress.complaints.imports.ImportLines.step;
import static org.redress.complaints.imports.ImportLines.uploadPatiently;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.testkit.RedressTestResources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A council's whole open caseload in one file: 300 cases generated from a fixed seed, at every stage from
 * just registered to adjudicated at stage 2, every 20th deliberately wrong (a step dated before receipt,
 * a command that does not exist, a line cut short). Exactly the wrong ones are refused.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ImportAtVolumeIT {

    private static final int CASES = 300;
    private static final LocalDate FIRST_RECEIVED = LocalDate.of(2026, 1, 5);
    private static final String FINDINGS = "[{\"point\":1,\"finding\":\"UPHELD\",\"faultAccepted\":true}]";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void threeHundredCasesImportInOneRequestWithExactlyTheWrongOnesRefused() throws SQLException {
        Random random = new Random(20261206L);
        List<String> lines = new ArrayList<>();
        List<Integer> wrongLines = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            // received on one of 40 Mondays from 5 January 2026; the latest step is 52 days later
            LocalDate received = FIRST_RECEIVED.plusWeeks(random.nextInt(40));
            if (i % 20 == 7) {
                wrongLines.add(i + 1);
                lines.add(wrongCase(i, received));
            } else {
                lines.add(validCase(i, received, random.nextInt(5)));
            }
        }
        String file = String.join("\n", lines) + "\n";
        long before = count("SELECT count(*) FROM complaint");

        long started = System.nanoTime();
        JsonPath report = uploadPatiently(file).statusCode(200).extract().jsonPath();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        Map<String, Integer> refusalsByRule = new TreeMap<>();
        report.getList("refusedLines.problem", Map.class).forEach(problem -> refusalsByRule.merge(
                String.valueOf(problem.get("rule") != null ? problem.get("rule") : problem.get("type")), 1, Integer::sum));
        System.out.printf("Import of %d cases (%d bytes) in one request: %d imported, %d refused, in %d ms (%.1f ms a case); "
                + "refused by rule: %s%n", CASES, file.getBytes(StandardCharsets.UTF_8).length, report.getInt("imported"),
                report.getInt("refused"), elapsedMillis, (double) elapsedMillis / CASES, refusalsByRule);

        assertThat(report.getInt("received")).isEqualTo(CASES);
        assertThat(report.getInt("imported")).isEqualTo(285);
        assertThat(report.getInt("refused")).isEqualTo(15);
        assertThat(report.getList("refusedLines.line", Integer.class)).containsExactlyElementsOf(wrongLines);
        assertThat(refusalsByRule).containsOnlyKeys("date.before-receipt", "import.unknown-command",
                "urn:redress:problem:malformed-request");
        assertThat(count("SELECT count(*) FROM complaint")).isEqualTo(before + 285);
    }

    /** A case at one of five stages, every date after the last and none after the case's latest step. */
    private static String validCase(int i, LocalDate received, int stage) {
        String reference = "VOL-" + i;
        String registration = registration(received, i);
        return switch (stage) {
            case 0 -> line(reference, registration);
            case 1 -> line(reference, registration,
                    step("stage-1.extension", "{\"workingDays\":20,\"reason\":\"An advocate is needed\",\"complainantToldOn\":\""
                            + received.plusDays(2) + "\"}"),
                    response(received.plusDays(11)));
            case 2 -> line(reference, registration, stageTwoUpToStatement(received));
            case 3 -> line(reference, registration,
                    step("holds", "{\"reason\":\"COMPLAINANT_REQUEST\",\"heldOn\":\"" + received.plusDays(2)
                            + "\",\"complainantToldOn\":\"" + received.plusDays(2) + "\",\"reviewOn\":\"" + received.plusDays(30) + "\"}"),
                    step("holds.release", "{\"releasedOn\":\"" + received.plusDays(9) + "\"}"),
                    response(received.plusDays(16)));
            default -> line(reference, registration, adjudicated(received));
        };
    }

    private static String wrongCase(int i, LocalDate received) {
        String registration = registration(received, i);
        return switch (i % 3) {
            case 0 -> line("VOL-" + i, registration, response(received.minusDays(3)));
            case 1 -> line("VOL-" + i, registration, step("stage-1.respond", "{\"decidedOn\":\"" + received.plusDays(4) + "\"}"));
            default -> line("VOL-" + i, registration).substring(0, 120);
        };
    }

    private static String[] stageTwoUpToStatement(LocalDate received) {
        return new String[] {
                response(received.plusDays(4)),
                step("stage-2.request", "{\"requestedOn\":\"" + received.plusDays(9) + "\"}"),
                step("stage-2.appointments.investigating-officer",
                        "{\"reference\":\"IO-2231\",\"appointedOn\":\"" + received.plusDays(10) + "\"}"),
                step("stage-2.appointments.independent-person", "{\"reference\":\"IP-0042\",\"appointedOn\":\""
                        + received.plusDays(10) + "\",\"declaration\":{\"declaredOn\":\"" + received.plusDays(10)
                        + "\",\"notMemberOrOfficer\":true,\"notSpouseOrPartnerOfMemberOrOfficer\":true}}"),
                step("stage-2.statement", "{\"agreedOn\":\"" + received.plusDays(15) + "\",\"agreedBy\":\"IO-2231\"}") };
    }

    private static String[] adjudicated(LocalDate received) {
        List<String> steps = new ArrayList<>(List.of(stageTwoUpToStatement(received)));
        steps.add(step("stage-2.investigating-officer-report", "{\"reportedOn\":\"" + received.plusDays(35) + "\"}"));
        steps.add(step("stage-2.independent-person-report", "{\"reportedOn\":\"" + received.plusDays(38) + "\"}"));
        steps.add(step("stage-2.adjudication", "{\"decidedOn\":\"" + received.plusDays(52) + "\",\"findings\":" + FINDINGS
                + ",\"nextStepToldOn\":\"" + received.plusDays(52) + "\"}"));
        return steps.toArray(String[]::new);
    }

    private static String response(LocalDate on) {
        return step("stage-1.response", "{\"decidedOn\":\"" + on + "\",\"findings\":" + FINDINGS + "}");
    }

    private static String registration(LocalDate received, int i) {
        return "{\"receivedDate\":\"" + received + "\",\"channel\":\"EMAIL\",\"complainantRole\":\"PARENT\","
                + "\"childReferences\":[\"CR-V" + i + "\"],\"points\":[\"The assessment took too long\"],"
                + "\"subjectMatters\":[\"ASSESSMENT\"]}";
    }

    private long count(String sql) throws SQLException {
        return ImportLines.count(dataSource, sql);
    }
}
