package org.redress.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.servicekit.json.StrictJson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

class UnreadableJsonTest {

    record Finding(int point, String summary) {
    }

    record Body(Integer days, String reason, List<String> points, List<Finding> findings) {
    }

    private static final ObjectMapper MAPPER = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder().build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static JacksonException failureReading(String json) {
        return catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Body.class));
    }

    private static String field(String json) {
        return UnreadableJson.field(failureReading(json));
    }

    private static String detail(String json) {
        JacksonException failure = failureReading(json);
        return UnreadableJson.detail(failure, UnreadableJson.field(failure));
    }

    @Test
    void namesAFieldGivenTwiceEvenInsideAList() {
        assertThat(field("{\"reason\":\"a\",\"reason\":\"b\"}")).isEqualTo("reason");
        assertThat(field("{\"findings\":[{\"point\":1},{\"point\":1,\"point\":2}]}")).isEqualTo("findings[1].point");
        assertThat(detail("{\"reason\":\"a\",\"reason\":\"b\"}")).isEqualTo("reason is given more than once");
    }

    @Test
    void namesAWholeNumberTooLargeForItsField() {
        assertThat(field("{\"findings\":[{\"point\":99999999999}]}")).isEqualTo("findings[0].point");
        assertThat(detail("{\"days\":2147483648}")).isEqualTo("days is a number out of the range accepted");
    }

    @Test
    void namesTextWithAControlCharacterWithoutQuotingIt() {
        String json = "{\"points\":[\"fine\",\"Persephone\\u0000\"]}";
        assertThat(field(json)).isEqualTo("points[1]");
        assertThat(detail(json)).startsWith("points[1] contains a control character").doesNotContain("Persephone");
    }

    @Test
    void namesAValueOfTheWrongKind() {
        assertThat(detail("{\"days\":1.5}")).isEqualTo("days has a value of the wrong type or format");
    }

    @Test
    void tellsContentAfterTheBodyFromABrokenBody() {
        for (String trailing : List.of(" {}", " [1]", " x", " 5")) {
            assertThat(detail("{\"reason\":\"a\"}" + trailing)).as(trailing)
                    .isEqualTo("the request body has content after its JSON value");
        }
        assertThat(detail("{\"reason\":\"a\"")).isEqualTo("the request body is not well-formed JSON (at reason)");
        assertThat(detail("{\"reason\":\"a\"}}")).isEqualTo("the request body is not well-formed JSON");
        assertThat(detail("tru")).isEqualTo("the request body is not well-formed JSON");
        assertThat(detail("\"just text\"")).isEqualTo("the request body is not valid JSON for this operation");
    }
}
