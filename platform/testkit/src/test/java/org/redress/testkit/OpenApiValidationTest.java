package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

class OpenApiValidationTest {

    private static final String DOCUMENT = """
            {"openapi":"3.0.3","info":{"title":"t","version":"1"},
             "paths":{"/complaints/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,
                 "schema":{"type":"string","format":"uuid"}}],
               "responses":{"200":{"description":"ok","content":{"application/json":{"schema":
                 {"$ref":"#/components/schemas/Complaint"}}}},
                 "404":{"description":"none"}}}},
               "/complaints":{"post":{"requestBody":{"content":{"application/json":{"schema":
                 {"$ref":"#/components/schemas/Complaint"}}}},
               "responses":{"201":{"description":"created","content":{"application/json":{"schema":
                 {"$ref":"#/components/schemas/Complaint"}}}},"400":{"description":"bad"}}}}},
             "components":{"schemas":{"Complaint":{"type":"object","required":["reference"],"properties":{
               "reference":{"type":"string"},"state":{"type":"string","enum":["OPEN","CLOSED"]},
               "advocate":{"type":"string"}}}}}}
            """;
    private static final String ID = "/complaints/3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final OpenApiValidation validation = OpenApiValidation.of(DOCUMENT);

    @Test
    void aResponseAsDocumentedPasses() {
        assertThat(validation.disagreements(get(ID), ok(200, "{\"reference\":\"CMP-1\",\"state\":\"OPEN\"}"))).isEmpty();
    }

    @Test
    void anUndeclaredPropertyFails() {
        assertThat(validation.disagreements(get(ID), ok(200, "{\"reference\":\"CMP-1\",\"stageTwo\":{}}")))
                .anySatisfy(failure -> assertThat(failure).contains("stageTwo"));
    }

    @Test
    void aNullWhereTheDocumentPromisesAStringFails() {
        assertThat(validation.disagreements(get(ID), ok(200, "{\"reference\":\"CMP-1\",\"advocate\":null}")))
                .isNotEmpty();
    }

    @Test
    void aValueOutsideTheEnumFails() {
        assertThat(validation.disagreements(get(ID), ok(200, "{\"reference\":\"CMP-1\",\"state\":\"LOST\"}")))
                .isNotEmpty();
    }

    @Test
    void aStatusTheDocumentDoesNotListFails() {
        assertThat(validation.disagreements(get(ID), ok(500, "{\"reference\":\"CMP-1\"}")))
                .anySatisfy(failure -> assertThat(failure).contains("500"));
    }

    @Test
    void anInvalidRequestTheServiceRefusedPassesAndOneItAcceptedFails() {
        Request missingReference = new SimpleRequest.Builder(Request.Method.POST, "/complaints")
                .withContentType("application/json").withBody("{\"state\":\"OPEN\"}").build();
        assertThat(validation.disagreements(missingReference, SimpleResponse.Builder.status(400).build())).isEmpty();
        List<String> accepted = validation.disagreements(missingReference,
                ok(201, "{\"reference\":\"CMP-1\"}"));
        assertThat(accepted).anySatisfy(failure -> assertThat(failure).startsWith("request"));
    }

    @Test
    void aPathTheDocumentDoesNotHaveMustBeRefused() {
        assertThat(validation.disagreements(get("/nowhere"), SimpleResponse.Builder.status(404).build())).isEmpty();
        assertThat(validation.disagreements(get("/nowhere"), ok(200, "{}"))).isNotEmpty();
    }

    private static Request get(String path) {
        return SimpleRequest.Builder.get(path).build();
    }

    private static com.atlassian.oai.validator.model.Response ok(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }
}
