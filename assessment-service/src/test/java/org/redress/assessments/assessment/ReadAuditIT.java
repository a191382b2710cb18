package org.redress.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redress.assessments.referrals.ReferralRequests;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.AuditEntries;
import org.redress.testkit.ReadAuditWalk;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** "Who saw this child's assessment?": every read, and every list that showed it, is in the audit trail. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ReadAuditIT {

    @Test
    void readsOfAnAssessmentAndAReferralAreRecordedWithWhoReadThem() {
        String assessment = AssessmentRequests.assessmentFromReferral(LocalDate.of(2026, 11, 2), true);
        String referral = ReferralRequests.recordAndGetId(LocalDate.of(2026, 11, 3));

        AssessmentRequests.inChildrensTeam(Roles.SOCIAL_WORKER).when().get("/assessments/{id}", assessment).then()
                .statusCode(200);
        AssessmentRequests.inChildrensTeam(Roles.TEAM_MANAGER).when().get("/referrals/{id}", referral).then().statusCode(200);

        assertThat(AuditEntries.actors("assessment", assessment, "assessment.read"))
                .containsExactly("test-" + Roles.SOCIAL_WORKER);
        assertThat(AuditEntries.actors("referral", referral, "referral.read"))
                .containsExactly("test-" + Roles.TEAM_MANAGER);
    }

    @Test
    void listsRecordEveryCaseTheyShowed() {
        AssessmentRequests.assessmentFromReferral(LocalDate.of(2026, 11, 2), true);

        List<String> assessments = Tokens.as(Roles.AUDITOR).header("X-Correlation-Id", "read-audit-list-0001")
                .queryParam("size", 5).when().get("/assessments").then().statusCode(200).extract().path("items.id");
        List<String> referrals = Tokens.as(Roles.INTEGRATION_CLIENT).header("X-Correlation-Id", "read-audit-list-0002")
                .queryParam("size", 5).when().get("/referrals").then().statusCode(200).extract().path("items.id");

        assertThat(assessments).isNotEmpty();
        assertThat(referrals).isNotEmpty();
        for (String id : assessments) {
            assertThat(AuditEntries.of("assessment", id, "assessment.listed")).filteredOn("correlationId", "read-audit-list-0001")
                    .extracting(entry -> entry.get("actorSubject")).containsExactly("test-" + Roles.AUDITOR);
        }
        for (String id : referrals) {
            assertThat(AuditEntries.of("referral", id, "referral.listed")).filteredOn("correlationId", "read-audit-list-0002")
                    .extracting(entry -> entry.get("actorSubject")).containsExactly("test-" + Roles.INTEGRATION_CLIENT);
        }
    }

    @Test
    void everyReadInTheOpenApiDocumentRecordsWhoReadWhat() {
        // an assessment completed with a need left unmet, so that the ledger of unmet needs shows one
        String assessment = AssessmentRequests.assessmentFromReferral(LocalDate.of(2026, 11, 2), false);
        AssessmentRequests.put("/assessments/{id}/needs", """
                {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":15,"wayMet":"NOT_MET",
                 "reason":"Parents need regular breaks but there are no resources at present",
                 "inHomeShortBreaksConsidered":true}""", assessment).statusCode(200);
        AssessmentRequests.complete(assessment, "{}").statusCode(200);
        String referral = Tokens.as(Roles.AUDITOR).when().get("/assessments/{id}", assessment).then().statusCode(200)
                .extract().path("referralId");
        // a child of this test's own with an EHC plan (a plan for the child of the other tests' assessments would
        // add an EHC update to every completion of theirs)
        AssessmentRequests.post("/children/CR-590001/ehc-plan-updates",
                "{\"issuedOn\":\"2026-11-20\",\"noSocialCareNeeds\":false}", null).statusCode(201);

        // reads: an assessment, a referral, both lists and both summaries, unmet needs and a child's EHC plan updates
        ReadAuditWalk.assertEveryReadRecorded(Map.of(
                "/assessments/{id}", "/assessments/" + assessment,
                "/referrals/{id}", "/referrals/" + referral,
                "/children/{childRef}/ehc-plan-updates", "/children/CR-590001/ehc-plan-updates"),
                Set.of(), 8);
    }
}
