package org.redress.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.redress.testkit.OpenApiOperation;

class FuzzRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = """
            {"paths": {"/cases/{id}/notes": {"post": {
                "security": [{"bearer": ["case-officer", "manager"]}],
                "parameters": [{"in": "path", "name": "id", "required": true, "schema": {"type": "string", "format": "uuid"}},
                               {"in": "header", "name": "Idempotency-Key", "schema": {"type": "string"}},
                               {"in": "query", "name": "size", "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}}}}}},
             "components": {"schemas": {
                "Note": {"type": "object", "required": ["text", "kind", "writtenOn"], "properties": {
                    "text": {"type": "string", "maxLength": 50, "pattern": "\\\\S"},
                    "reference": {"type": "string", "pattern": "[A-Z0-9-]{3,12}", "examples": ["CR-1"]},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "writtenOn": {"$ref": "#/components/schemas/LocalDate"},
                    "pence": {"type": "integer", "format": "int64"},
                    "tags": {"type": "array", "maxItems": 3, "items": {"type": "string", "maxLength": 20}}}},
                "Kind": {"type": "string", "enum": ["CALL", "LETTER"]},
                "LocalDate": {"type": "string", "format": "date", "examples": ["2026-03-10"]}}}}
            """;

    private static JsonNode document() {
        try {
            return JSON.readTree(DOCUMENT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<FuzzRequest> requests(long seed, int budget) {
        JsonNode document = document();
        OpenApiOperation operation = OpenApiOperation.all(document).get(0);
        return new FuzzRequests(document, seed, budget).forOperation(operation, Map.of("id", "6a1f0c3e-1111-4222-8333-944455556666"));
    }

    private static FuzzRequest mutation(String label) {
        return requests(1, 10_000).stream().filter(request -> request.mutation().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no mutation " + label));
    }

    private static JsonNode body(FuzzRequest request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class IsReproducible {

        @Test
        void theSameSeedGivesTheSameRequests() {
            assertThat(requests(7, 30)).isEqualTo(requests(7, 30));
        }

        @Test
        void anotherSeedChoosesAnotherSampleWithinTheBudget() {
            List<FuzzRequest> one = requests(7, 30);
            List<FuzzRequest> other = requests(8, 30);

            assertThat(one).hasSize(30);
            assertThat(other).hasSize(30);
            assertThat(one.stream().map(FuzzRequest::mutation).toList())
                    .isNotEqualTo(other.stream().map(FuzzRequest::mutation).toList());
            assertThat(one.get(0).isValid()).isTrue();
        }

        @Test
        void everyRequestHasAnIdempotencyKeyOfItsOwn() {
            List<FuzzRequest> all = requests(7, 10_000);

            assertThat(all.stream().map(request -> request.headers().get("Idempotency-Key")).distinct().count())
                    .isEqualTo(all.size());
        }
    }

    @Nested
    class StartsFromAValidRequest {

        @Test
        void withThePersonalMarkerInFreeTextAndValidValuesElsewhere() {
            FuzzRequest valid = requests(1, 10_000).get(0);
            JsonNode body = body(valid);

            assertThat(valid.mutation()).isEqualTo(FuzzRequest.VALID);
            assertThat(valid.role()).isEqualTo("case-officer");
            assertThat(valid.uri()).isEqualTo("/cases/6a1f0c3e-1111-4222-8333-944455556666/notes");
            assertThat(body.get("text").asText()).contains(HostileText.MARKERS.get(0)).hasSizeLessThanOrEqualTo(50);
            assertThat(body.get("reference").asText()).isEqualTo("CR-1");
            assertThat(body.get("kind").asText()).isEqualTo("CALL");
            assertThat(body.get("writtenOn").asText()).isEqualTo("2026-03-10");
            assertThat(body.get("tags").get(0).asText()).contains(HostileText.MARKERS.get(0));
        }
    }

    @Nested
    class MutatesOneThingAsItSays {

        @Test
        void nulInText() {
            JsonNode body = body(mutation("body.text: NUL in text"));

            assertThat(body.get("text").asText()).contains("\u0000");
            assertThat(body.get("kind").asText()).isEqualTo("CALL");
        }

        @Test
        void missingRequiredField() {
            assertThat(body(mutation("body.writtenOn: missing required")).has("writtenOn")).isFalse();
            assertThat(body(mutation("body.writtenOn: missing required")).has("text")).isTrue();
        }

        @Test
        void textOverMaxLength() {
            assertThat(body(mutation("body.text: text over maxLength 50")).get("text").asText()).hasSize(51);
        }

        @Test
        void wrongTypesAndBoundaryNumbers() {
            assertThat(body(mutation("body.kind: number for enum")).get("kind").isNumber()).isTrue();
            assertThat(body(mutation("body.pence: Long.MAX_VALUE")).get("pence").asLong()).isEqualTo(Long.MAX_VALUE);
            assertThat(body(mutation("body.pence: 1e308 for integer")).get("pence").asDouble()).isEqualTo(1e308);
            assertThat(body(mutation("body.writtenOn: year -0001")).get("writtenOn").asText()).isEqualTo("-0001-01-01");
        }

        @Test
        void tooManyItemsAndAnItemMutated() {
            assertThat(body(mutation("body.tags: items over maxItems 3")).get("tags")).hasSize(4);
            assertThat(body(mutation("body.tags[0]: text over maxLength 20")).get("tags").get(0).asText()).hasSize(21);
        }

        @Test
        void duplicateKeyAndTrailingGarbageInTheText() {
            String duplicate = mutation("body: duplicate key").body();
            String trailing = mutation("body: trailing garbage").body();

            assertThat(duplicate.split("\"text\"", -1)).hasSize(3);
            assertThat(trailing).endsWith("} " + HostileText.MARKERS.get(0));
        }

        @Test
        void pathAndQueryParameters() {
            assertThat(mutation("path id: %00 in id").uri())
                    .isEqualTo("/cases/6a1f0c3e-1111-4222-8333-944455556666%00/notes");
            assertThat(mutation("path id: personal value, not an id").uri()).contains("Quillfeather");
            assertThat(mutation("query size: above maximum").uri()).endsWith("?size=101");
            assertThat(mutation("query size: personal value, NUL and line break").uri())
                    .contains("Quillfeather").contains("%00").contains("%0D%0A");
        }

        @Test
        void headers() {
            assertThat(mutation("header over-long Idempotency-Key (600)").headers().get("Idempotency-Key")).hasSize(600);
        }
    }
}
