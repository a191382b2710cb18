package org.redress.servicekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class ResponseJsonTest {

    private final ObjectMapper responses = new ResponseJson(serviceJson()).getContext(Object.class);

    private static ObjectMapper serviceJson() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aFieldWithNoValueIsLeftOutOfAResponse() throws Exception {
        assertThat(responses.writeValueAsString(new Body("CMP-1", null))).isEqualTo("{\"reference\":\"CMP-1\"}");
    }

    @Test
    void requestsAreReadAsStrictlyAsEverywhereElse() {
        assertThatThrownBy(() -> responses.readValue("\"2026-01-15 \"", LocalDate.class))
                .hasMessageContaining("YYYY-MM-DD");
    }

    record Body(String reference, String advocate) {
    }
}
