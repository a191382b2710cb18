package org.redress.complaints.stagetwo;

import static org.hamcrest.Matchers.equalTo;
import static org.redress.complaints.ComplaintRequests.post;
import static org.redress.complaints.ComplaintRequests.postAsStaff;
import static org.redress.complaints.intake.IntakeRequests.registerAbout;
import static org.redress.complaints.stageone.StageOneRequests.FINDINGS_UPHELD;
import static org.redress.complaints.stageone.StageOneRequests.respond;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.restassured.http.ContentType;

/** Stage 2 requests for the HTTP tests. */
public final class StageTwoRequests {

    private StageTwoRequests() {
    }

    /** A complaint answered at stage 1 whose stage 2 was requested on 20 January 2026; its id. */
    public static String requestedStageTwo() {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200)
                .body("state", equalTo("STAGE_2_REQUESTED"));
        return id;
    }

    /** The people appointed to a stage 2, by staff or register reference. */
    public record Appointed(String investigatingOfficer, String independentPerson, String adjudicatingOfficer) {

        /** Three people of references no other test uses. */
        public static Appointed unique() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new Appointed("IO-" + suffix, "IP-" + suffix, "AO-" + suffix);
        }
    }

    /** The people {@link #investigated(String)} appoints. */
    public static final Appointed APPOINTED = new Appointed("IO-2231", "IP-0042", "AO-0107");

    /**
     * Stage 2 of a complaint answered at stage 1 on 16 January 2026, up to its adjudication: requested on
     * 20 January, investigating officer IO-2231, independent person IP-0042 and adjudicating officer AO-0107
     * appointed on 21 January, statement agreed on 27 January, reports on 20 and 23 February.
     */
    public static void investigated(String id) {
        investigatedBy(id, APPOINTED);
    }

    /** As {@link #investigated(String)}, with {@code people} appointed. */
    public static void investigatedBy(String id, Appointed people) {
        agreedWith(id, people);
        postAsStaff(Roles.INVESTIGATING_OFFICER, people.investigatingOfficer(), "/stage-2/investigating-officer-report", id,
                "{\"reportedOn\":\"2026-02-20\"}").statusCode(200);
        postAsStaff(Roles.INDEPENDENT_PERSON, people.independentPerson(), "/stage-2/independent-person-report", id,
                "{\"reportedOn\":\"2026-02-23\"}").statusCode(200);
    }

    /**
     * Stage 2 requested on 20 January 2026, {@code people} appointed on 21 January and the statement agreed by the
     * investigating officer on 27 January: the investigation under way, no report yet.
     */
    public static void agreedWith(String id, Appointed people) {
        post(Roles.COMPLAINTS_OFFICER, "/stage-2/request", id, "{\"requestedOn\":\"2026-01-20\"}").statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/investigating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(people.investigatingOfficer()))
                .statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/independent-person", id, """
                {"reference":"%s","appointedOn":"2026-01-21",
                 "declaration":{"declaredOn":"2026-01-21","notMemberOrOfficer":true,"notSpouseOrPartnerOfMemberOrOfficer":true}}"""
                .formatted(people.independentPerson())).statusCode(200);
        post(Roles.COMPLAINTS_MANAGER, "/stage-2/appointments/adjudicating-officer", id,
                "{\"reference\":\"%s\",\"appointedOn\":\"2026-01-21\"}".formatted(people.adjudicatingOfficer()))
                .statusCode(200);
        Tokens.asStaff(Roles.INVESTIGATING_OFFICER, people.investigatingOfficer()).contentType(ContentType.JSON)
                .body("{\"agreedOn\":\"2026-01-27\",\"agreedBy\":\"%s\"}".formatted(people.investigatingOfficer()))
                .when().put("/complaints/{id}/stage-2/statement", id).then().statusCode(200);
    }

    /**
     * A complaint investigated by {@code people}, adjudicated on 27 February 2026, its stage 3 requested on 9 March
     * and reviewed by a panel of {@code members} (the first the chair) on 1 April; its id.
     */
    public static String reviewedBy(Appointed people, String... members) {
        String id = registerAbout("[\"ASSESSMENT\"]");
        respond(id, FINDINGS_UPHELD, "[]").statusCode(200);
        investigatedBy(id, people);
        postAsStaff(Roles.ADJUDICATING_OFFICER, people.adjudicatingOfficer(), "/stage-2/adjudication", id,
                "{\"decidedOn\":\"2026-02-27\",\"findings\":%s,\"nextStepToldOn\":\"2026-02-27\"}".formatted(FINDINGS_UPHELD))
                .statusCode(200);
        post(Roles.COMPLAINTS_OFFICER, "/stage-3/request", id, "{\"requestedOn\":\"2026-03-09\"}").statusCode(200);
        String panel = IntStream.range(0, members.length).mapToObj(i -> "{\"reference\":\"%s\",\"chair\":%s,\"independentOfCouncil\":true}"
                .formatted(members[i], i == 0)).collect(Collectors.joining(",", "[", "]"));
        post(Roles.COMPLAINTS_MANAGER, "/stage-3/panel", id, "{\"heldOn\":\"2026-04-01\",\"members\":%s}".formatted(panel))
                .statusCode(200);
        return id;
    }
}
