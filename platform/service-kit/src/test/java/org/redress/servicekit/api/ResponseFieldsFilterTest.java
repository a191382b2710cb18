package org.redress.servicekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class ResponseFieldsFilterTest {

    private static final String REF = "#/components/schemas/";

    @Test
    void aResponseFieldIsRequiredUnlessTheJavaSaysItMayBeAbsent() {
        OpenAPI document = document();

        new ResponseFieldsFilter().filterOpenAPI(document);

        Schema complaint = schema(document, "Complaint");
        assertThat(complaint.getRequired()).containsExactly("reference", "closure");
        assertThat(complaint.getProperties().get("advocateReference").getType()).containsExactly(SchemaType.STRING);
        Schema stage = complaint.getProperties().get("stage");
        assertThat(stage.getAnyOf()).isNull();
        assertThat(stage.getAllOf()).extracting(Schema::getRef).containsExactly(REF + "Stage");
    }

    @Test
    void aSchemaARequestUsesKeepsTheRequestRules() {
        OpenAPI document = document();

        new ResponseFieldsFilter().filterOpenAPI(document);

        Schema request = schema(document, "ClosureRequest");
        assertThat(request.getRequired()).isNull();
        assertThat(request.getProperties().get("note").getType()).contains(SchemaType.NULL);
    }

    private static OpenAPI document() {
        Schema complaint = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("reference", OASFactory.createSchema().type(List.of(SchemaType.STRING)))
                .addProperty("advocateReference",
                        OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL)))
                .addProperty("stage", OASFactory.createSchema().anyOf(List.of(
                        OASFactory.createSchema().ref(REF + "Stage"),
                        OASFactory.createSchema().type(List.of(SchemaType.NULL)))))
                .addProperty("closure", OASFactory.createSchema().ref(REF + "Closure"));
        Schema closure = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("reason", OASFactory.createSchema().type(List.of(SchemaType.STRING)));
        Schema request = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("note", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL)));
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Complaint", complaint)
                        .addSchema("Closure", closure)
                        .addSchema("Stage", OASFactory.createSchema().type(List.of(SchemaType.STRING)))
                        .addSchema("ClosureRequest", request))
                .paths(OASFactory.createPaths().addPathItem("/complaints/{id}/closure", OASFactory.createPathItem()
                        .POST(OASFactory.createOperation()
                                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema().ref(REF + "ClosureRequest"))))))));
        return document;
    }

    private static Schema schema(OpenAPI document, String name) {
        return document.getComponents().getSchemas().get(name);
    }
}
