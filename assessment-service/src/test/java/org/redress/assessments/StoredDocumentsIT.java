package org.redress.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.redress.assessments.assessment.AssessmentRequests.post;
import static org.redress.assessments.assessment.AssessmentRequests.put;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.assessments.assessment.AssessmentRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every JSON column of assessment-service holds exactly its stored shape, as Hibernate wrote it before
 * the shapes were explicit (days as arrays, nulls written), and reads back as it was written.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StoredDocumentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAssessmentItsReferralAndAnEhcPlanUpdateStoreEachJsonColumnInItsStoredShape() throws SQLException {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-560001","receivedDate":"2026-11-16","referrerType":"HEALTH","disabledChild":true,
                 "concerns":["HEALTH","EDUCATION"]}""").statusCode(201).extract().path("id");
        String id = post("/referrals/{id}/decision", "{\"decision\":\"S17_ASSESSMENT\"}", referral).statusCode(200)
                .extract().path("assessmentId");
        String carer = post("/assessments", """
                {"referralId":"%s","assessmentType":"PARENT_CARER","conditions":["NAMED_CONTACT_FOR_FAMILY"]}"""
                .formatted(referral), null).statusCode(201).extract().path("id");
        post("/assessments/{id}/assessors", "{\"assessor\":\"sw-0147\"}", id).statusCode(200);
        post("/children/{childRef}/ehc-plan-updates", "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":true}",
                "CR-560001").statusCode(201);
        for (String category : List.of("TRAVEL_ASSISTANCE", "PRACTICAL_ASSISTANCE_IN_THE_HOME", "ADAPTATIONS",
                "RECREATIONAL_AND_EDUCATIONAL_FACILITIES")) {
            put("/assessments/{id}/csdpa-s2", "{\"category\":\"%s\",\"needed\":%s}".formatted(category,
                    category.startsWith("PRACTICAL")), id).statusCode(200);
        }
        put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Parents need regular breaks but there are no resources at present",
                 "inHomeShortBreaksConsidered":true}""", id).statusCode(200);
        put("/assessments/{id}/needs", """
                {"code":"N2","area":"EDUCATION","eligible":false}""", id).statusCode(200);
        post("/assessments/{id}/completion", """
                {"caringFamilyMembers":[{"relationship":"PARENT","carerAssessmentRef":"ASM-2026-000050-1"},
                 {"relationship":"SIBLING"}]}""", id).statusCode(200);
        String provision = post("/assessments/{id}/provision", """
                {"needCode":"N1","kind":"DIRECT_PAYMENT","hoursPerWeek":6,"hourlyRatePence":1850,
                 "shouldHaveStarted":"2026-10-20","startedOn":"2026-11-24"}""", id).statusCode(200)
                .extract().path("provisions[0].id");
        post("/assessments/{id}/plan", "{\"startDate\":\"2026-11-18\"}", id).statusCode(200);
        post("/assessments/{id}/plan/reviews", "{\"reviewedOn\":\"2026-11-24\"}", id).statusCode(200);

        Map<String, String> assessment = row("SELECT conditions::text, assessors::text, needs::text, csdpa_s2::text, "
                + "carers::text, flags::text, timeline::text, provisions::text, cin_plan_reviews::text "
                + "FROM assessment WHERE id = ?", id);
        assertStored(row("SELECT concerns::text FROM referral WHERE id = ?", referral), "concerns", """
                ["HEALTH","EDUCATION"]""");
        assertStored(row("SELECT conditions::text FROM assessment WHERE id = ?", carer), "conditions", """
                ["NAMED_CONTACT_FOR_FAMILY"]""");
        assertStored(assessment, "conditions", "[]");
        assertStored(assessment, "assessors", """
                [{"assessor":"sw-0147","from":[2026,11,25]}]""");
        assertStored(assessment, "needs", """
                [{"code":"N1","area":"CARER_BREAK","description":null,"eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                  "reason":"Parents need regular breaks but there are no resources at present","inHomeShortBreaksConsidered":true},
                 {"code":"N2","area":"EDUCATION","description":null,"eligible":false,"criteriaScore":null,"wayMet":null,
                  "reason":null,"inHomeShortBreaksConsidered":false}]""");
        assertStored(assessment, "csdpa_s2", """
                {"PRACTICAL_ASSISTANCE_IN_THE_HOME":true,"RECREATIONAL_AND_EDUCATIONAL_FACILITIES":false,
                 "TRAVEL_ASSISTANCE":false,"ADAPTATIONS":false}""");
        assertStored(assessment, "carers", """
                [{"relationship":"PARENT","carerAssessmentRef":"ASM-2026-000050-1"},
                 {"relationship":"SIBLING","carerAssessmentRef":null}]""");
        assertStored(assessment, "flags", """
                [{"code":"ehc-plan.no-social-care-needs-while-assessment-open","about":"2026-11-20","on":[2026,11,20]},
                 {"code":"need.resource-led-reason","about":"N1","on":[2026,11,25]},
                 {"code":"assessment.carer-assessment-prompted","about":"YOUNG_CARER","on":[2026,11,25]},
                 {"code":"provision.started-late","about":"N1","on":[2026,11,24]}]""");
        assertThat(tree(assessment.get("timeline")).get(0)).isEqualTo(tree("""
                {"on":[2026,11,16],"what":"OPENED","about":null,"recordedAt":"2026-11-25T10:00:00Z",
                 "recordedBy":"test-social-worker"}"""));
        assertThat(tree(assessment.get("timeline")).get(15)).isEqualTo(tree("""
                {"on":[2026,11,24],"what":"CIN_PLAN_REVIEWED","about":null,"recordedAt":"2026-11-25T10:00:00Z",
                 "recordedBy":"test-social-worker"}"""));
        assertStored(assessment, "provisions", """
                [{"id":"%s","needCode":"N1","kind":"DIRECT_PAYMENT","weeklyAmountPence":11100,
                  "shouldHaveStarted":[2026,10,20],"startedOn":[2026,11,24]}]""".formatted(provision));
        assertStored(assessment, "cin_plan_reviews", "[[2026,11,24]]");
        // one flag for each open assessment of the child, in no particular order
        assertThat(tree(row("SELECT flags::text FROM ehc_plan_update WHERE child_ref = ?", "CR-560001").get("flags")))
                .containsExactlyInAnyOrder(ehcFlag(reference(id)), ehcFlag(reference(carer)));

        // and each reads back as it was written
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("conditions", hasSize(0))
                .body("assessors[0].from", equalTo("2026-11-25"))
                .body("needs.code", contains("N1", "N2"))
                .body("caringFamilyMembers.relationship", contains("PARENT", "SIBLING"))
                .body("flags", hasSize(4))
                .body("timeline", hasSize(16))
                .body("provisions[0].missedDays", equalTo(35))
                .body("plan.reviews", contains("2026-11-24"));
        Tokens.as(Roles.AUDITOR).when().get("/referrals/{id}", referral).then().statusCode(200)
                .body("concerns", contains("HEALTH", "EDUCATION"));
        Tokens.as(Roles.AUDITOR).when().get("/children/{childRef}/ehc-plan-updates", "CR-560001").then().statusCode(200)
                .body("items[0].flags", hasSize(2));
    }

    @Test
    void conditionsInTheWordsTheyWereAgreedInAreStoredInTheShapeConditionsAlwaysHad() throws SQLException {
        String referral = ReferralRequests.record("""
                {"childRef":"CR-560002","receivedDate":"2026-11-16","referrerType":"HEALTH"}""").statusCode(201)
                .extract().path("id");
        String id = post("/assessments", """
                {"referralId":"%s","assessmentType":"PARENT_CARER","conditions":["NAMED_CONTACT_FOR_FAMILY"]}"""
                .formatted(referral), null).statusCode(201).extract().path("id");
        post("/assessments/{id}/conditions", """
                {"conditions":["Keep the children's contact with professionals to a minimum"],"agreedOn":"2026-11-20"}""",
                id).statusCode(200);

        Map<String, String> assessment = row("SELECT conditions::text, timeline::text FROM assessment WHERE id = ?", id);
        assertStored(assessment, "conditions", """
                ["NAMED_CONTACT_FOR_FAMILY","Keep the children's contact with professionals to a minimum"]""");
        assertStored(assessment, "timeline", """
                [{"on":[2026,11,16],"what":"OPENED","about":null,"recordedAt":"2026-11-25T10:00:00Z",
                  "recordedBy":"test-social-worker"},
                 {"on":[2026,11,16],"what":"CONDITION_ADDED","about":"NAMED_CONTACT_FOR_FAMILY",
                  "recordedAt":"2026-11-25T10:00:00Z","recordedBy":"test-social-worker"},
                 {"on":[2026,11,20],"what":"CONDITION_ADDED",
                  "about":"Keep the children's contact with professionals to a minimum",
                  "recordedAt":"2026-11-25T10:00:00Z","recordedBy":"test-social-worker"}]""");
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get("/assessments/{id}", id).then().statusCode(200)
                .body("conditions", contains("NAMED_CONTACT_FOR_FAMILY",
                        "Keep the children's contact with professionals to a minimum"));
    }

    private static JsonNode ehcFlag(String about) {
        return tree("""
                {"code":"ehc-plan.no-social-care-needs-while-assessment-open","about":"%s","on":[2026,11,20]}"""
                .formatted(about));
    }

    private static String reference(String assessmentId) {
        return AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", assessmentId).then().statusCode(200)
                .extract().path("reference");
    }

    private static void assertStored(Map<String, String> row, String column, String expected) {
        assertThat(tree(row.get(column))).as(column).isEqualTo(tree(expected));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> row(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id.startsWith("CR-")) {
                statement.setString(1, id);
            } else {
                statement.setObject(1, UUID.fromString(id));
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                Map<String, String> columns = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    columns.put(rows.getMetaData().getColumnName(i), rows.getString(i));
                }
                return columns;
            }
        }
    }
}
