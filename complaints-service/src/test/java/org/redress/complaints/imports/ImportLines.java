package org.redress.complaints.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.redress.servicekit.security.Roles;
import org.redress.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/** Lines of an import file (one historical case each) and the upload of a file, for the HTTP tests. */
final class ImportLines {

    static final String NDJSON = "application/x-ndjson";

    private ImportLines() {
    }

    /** A registration as POST /complaints takes it, received on {@code received} about a child known by {@code childRef}. */
    static String registration(String received, String childRef) {
        return """
                {"receivedDate":"%s","channel":"EMAIL","complainantRole":"PARENT","childReferences":["%s"],\
                "points":["The assessment took too long","No short breaks were offered"],\
                "desiredOutcomes":["A new assessment"],"subjectMatters":["ASSESSMENT"]}""".formatted(received, childRef);
    }

    /** One line: the old system's reference, the registration and the steps (each a JSON object). */
    static String line(String previousReference, String registration, String... steps) {
        return "{\"previousReference\":\"" + previousReference + "\",\"registration\":" + registration
                + ",\"steps\":[" + String.join(",", steps) + "]}";
    }

    /** One step: a command of the API by its path under /complaints/{id} (dots for slashes) and its body. */
    static String step(String command, String body) {
        return "{\"command\":\"" + command + "\",\"body\":" + body + "}";
    }

    static ValidatableResponse upload(String role, String file) {
        return Tokens.as(role).contentType(NDJSON).body(file.getBytes(StandardCharsets.UTF_8)).when().post("/imports/complaints").then();
    }

    static ValidatableResponse upload(String file) {
        return upload(Roles.OPERATOR, file);
    }

    /**
     * Uploads a large file as the operator, waiting up to 15 minutes for the report: replaying hundreds of
     * cases takes longer than the 30 seconds Quarkus' tests otherwise wait for an answer.
     */
    static ValidatableResponse uploadPatiently(String file) {
        RestAssuredConfig patient = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 900_000).setParam("http.connection.timeout", 10_000));
        return Tokens.as(Roles.OPERATOR).config(patient).contentType(NDJSON).body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/imports/complaints").then();
    }

    /** The single number a counting query answers, read straight from the database. */
    static long count(AgroalDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
