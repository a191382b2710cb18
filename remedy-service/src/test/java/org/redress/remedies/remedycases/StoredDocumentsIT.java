package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A remedy case's JSON columns hold exactly the stored shapes, and read back as they were written. */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class StoredDocumentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCaseStoresItsChildReferencesAndItsProgressEvidenceAsPlainJsonArrays() throws SQLException {
        var created = RemedyCaseRequests.open(RemedyCaseRequests.decision(UUID.randomUUID(), LocalDate.of(2026, 9, 1),
                "[\"CR-104233\",\"CR-104299\"]", RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS)).statusCode(201).extract();
        String id = created.path("id");
        String action = created.path("actions[0].id");
        Tokens.as(Roles.REMEDY_OFFICER).contentType(ContentType.JSON).body("""
                {"note":"Draft with the Director","evidenceRefs":["DOC-1","DOC-2"]}""")
                .when().post("/remedy-cases/{id}/actions/{a}/progress", id, action).then().statusCode(200);

        assertThat(tree(column("SELECT child_references::text FROM remedy_case WHERE id = ?", id)))
                .isEqualTo(tree("[\"CR-104233\",\"CR-104299\"]"));
        assertThat(tree(column("SELECT evidence_refs::text FROM remedy_timeline WHERE remedy_case_id = ? AND kind = 'PROGRESS'",
                id))).isEqualTo(tree("[\"DOC-1\",\"DOC-2\"]"));

        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("childReferences", contains("CR-104233", "CR-104299"));
        Tokens.as(Roles.AUDITOR).when().get("/remedy-cases/{id}/timeline", id).then().statusCode(200)
                .body("[1].evidenceRefs", contains("DOC-1", "DOC-2"));
    }

    @Test
    void anActionStoresItsConditionsAsAPlainJsonArray() throws SQLException {
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.decision(UUID.randomUUID(), LocalDate.of(2026, 9, 1),
                "[\"CR-104233\"]", """
                {"actionRef":"A1","type":"REASSESSMENT","period":"P3M",
                 "conditions":["Keep the children's contact with professionals to a minimum","Visits after school"]}"""));

        assertThat(tree(column("SELECT conditions::text FROM remedy_action WHERE remedy_case_id = ?", id)))
                .isEqualTo(tree("[\"Keep the children's contact with professionals to a minimum\",\"Visits after school\"]"));
    }

    @Test
    void anActionStoredBeforeActionsHadConditionsReadsAsHavingNone() throws SQLException {
        String id = RemedyCaseRequests.openAndGetId(RemedyCaseRequests.apologyDecidedOn(LocalDate.of(2026, 9, 1)));
        // the row as the service wrote it before conditions were kept: no conditions column named
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, status,
                                           description, owner, paid_pence, version)
                VALUES (?, ?, 1, 'A2', 'NAMED_CONTACT', 'P14D', DATE '2026-09-15', 'OPEN', 'Named contact', 'Team manager', 0, 0)""")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, UUID.fromString(id));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }

        Tokens.as(Roles.REMEDY_OFFICER).when().get("/remedy-cases/{id}", id).then().statusCode(200)
                .body("actions.actionRef", contains("A1", "A2"))
                .body("actions[1].owner", equalTo("Team manager"))
                .body("actions[1].conditions", empty());
    }

    private String column(String sql, String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(caseId));
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for case " + caseId).isTrue();
                String value = rows.getString(1);
                assertThat(rows.next()).as("one row for case " + caseId).isFalse();
                return value;
            }
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
