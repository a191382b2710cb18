package org.redress.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.RemedySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The enum values the OpenAPI document spells out by hand (the enums application.properties names
 * with mp.openapi.schema.*, and a theme action's source and status) are the values the service
 * sends: a value added to a domain enum and not here would be answered yet be outside the contract
 * integrators generate their clients from.
 */
class OpenApiSchemaNamesTest {

    private static final String PREFIX = "mp.openapi.schema.";

    @Test
    void everyNamedEnumSchemaListsExactlyTheEnumsValues() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        List<String> checked = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            Class<?> type = Class.forName(key.substring(PREFIX.length()));
            JsonNode schema = read(properties.getProperty(key));
            assertThat(values(schema.path("enum"))).as(key).containsExactlyElementsOf(names(type));
            checked.add(schema.path("name").asText());
        }
        assertThat(checked).contains("RemedyTimelineEntryKind", "QueuedActionState", "BreakdownLineItem",
                "FinancialRemedyOutcome", "RemedyCaseState");
    }

    @Test
    void aThemeActionsSourceAndStatusListTheValuesOfRemedyCases() throws Exception {
        JsonNode themeAction;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/remedy-service.json")) {
            themeAction = new ObjectMapper().readTree(in).path("components").path("schemas").path("ThemeAction")
                    .path("properties");
        }
        assertThat(values(themeAction.path("source").path("enum"))).containsExactlyElementsOf(names(RemedySource.class));
        assertThat(values(themeAction.path("status").path("enum"))).containsExactlyElementsOf(names(ActionStatus.class));
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static JsonNode read(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
