package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.ComplaintRequests.timeline;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;
import static org.redress.complaints.stagetwo.StageTwoRequests.investigated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.complaints.intake.IntakeRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A complaint's timeline reads as evidence: it starts with the complaint's registration, dated the day
 * the complaint was received, and every entry's details are in words, never "null".
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class TimelineAsEvidenceIT {

    /** Monday 3 February 2025, recorded later. */
    private static final LocalDate RECEIVED = LocalDate.of(2025, 2, 3);

    @Test
    void theTimelineStartsWithTheRegistrationDatedTheDayTheComplaintWasReceived() {
        String id = IntakeRequests.registerAndGetId(RECEIVED);

        Map<String, Object> first = timeline(id).extract().jsonPath().getMap("[0]");
        assertThat(first).containsEntry("what", "complaint.registered").containsEntry("happenedOn", "2025-02-03");
        assertThat((String) first.get("detail")).contains("2025-02-03");
    }

    @Test
    void noEntryOfAComplaintTakenToTheOmbudsmanReadsNull() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[{\"actionRef\":\"A1\",\"type\":\"APOLOGY\",\"period\":\"P4W\"}]").statusCode(200);
        investigated(id);
        postAsStaff(Roles.ADJUDICATING_OFFICER, "AO-0107", "/stage-2/adjudication", id, """
                {"decidedOn":"2026-02-27","findings":%s,"nextStepToldOn":"2026-02-27",
                 "actions":[{"actionRef":"A2","type":"PAYMENT","period":"P1M","amountPence":25000}]}""".formatted(FINDINGS_UPHELD))
                .statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/ombudsman", id, """
                {"reference":"26 000 301","earlyReferral":true,"decisionDate":"2026-08-03","finding":"FAULT_CAUSING_INJUSTICE",
                 "actions":[{"actionRef":"O1","type":"APOLOGY","period":"P4W"}]}""").statusCode(200);

        List<String> details = timeline(id).extract().jsonPath().getList("detail", String.class);
        assertThat(details).hasSizeGreaterThan(8).allSatisfy(detail -> assertThat(detail).isNotBlank().doesNotContain("null"));
    }
}
