package org.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.complaints.intake.IntakeRequests.complaintReceivedOn;
import static org.redress.complaints.intake.IntakeRequests.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.security.Roles;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Nothing a caller sends reaches the log, even through the requests that used to fail: a NUL in a
 * complaint's narrative (which the database refused, with the text in its error context), a NUL in a
 * query parameter, a forged log line in a path. And a database error never carries the data it was
 * about, so a failure nobody foresaw cannot copy personal data into a log either.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class LogHygieneIT {

    private static final String NAME = "Persephone Quillfeather-Ngata";
    private static final String ADDRESS = "27 Wrenfield Crescent";
    private static final List<String> PERSONAL_VALUES = List.of(NAME, ADDRESS, "Quillfeather", "Wrenfield");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void personalValuesSentWithControlCharactersNeverReachTheLog() throws IOException {
        register(complaintReceivedOn(LocalDate.of(2026, 1, 5))
                .replace("No short breaks were offered", NAME + " of " + ADDRESS + "\\u0000 was offered no short breaks"))
                .statusCode(400);
        Tokens.as(Roles.AUDITOR).urlEncodingEnabled(false)
                .when().get("/audit?resourceId=%00" + NAME.replace(" ", "%20")).then().statusCode(400);
        Tokens.as(Roles.AUDITOR).urlEncodingEnabled(false)
                .when().get("/audit%0AERROR%20" + ADDRESS.replace(" ", "%20")).then().statusCode(400);
        Tokens.as(Roles.COMPLAINTS_OFFICER).urlEncodingEnabled(false)
                .when().get("/complaints/" + NAME.replace(" ", "%20") + "%00").then().statusCode(400);

        String log = Files.readString(Path.of("target/test-service.log"));
        for (String value : PERSONAL_VALUES) {
            assertThat(log).as("log").doesNotContain(value);
        }
        assertThat(log).as("log").doesNotContain("ERROR " + ADDRESS.split(" ")[0]);
    }

    @Test
    void aDatabaseErrorDoesNotCarryTheDataItWasAbout() throws Exception {
        // PostgreSQL puts the offending JSON text in the error's context ("Where: JSON data, line 1: ...")
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS jsonb)")) {
            statement.setString(1, "[\"" + NAME + " of " + ADDRESS + "\\u0000\"]");
            assertThatThrownBy(statement::executeQuery)
                    .hasMessageContaining("unsupported Unicode escape sequence")
                    .satisfies(failure -> PERSONAL_VALUES.forEach(value -> assertThat(failure.toString()).doesNotContain(value)));
        }
    }
}
