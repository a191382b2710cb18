package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

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
