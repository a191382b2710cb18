package org.redress.servicekit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Which answers are kept for replay, and what is kept of them. */
class StoredResponseTest {

    record View(String id) {
    }

    @Produces(MediaType.APPLICATION_JSON)
    static class Resource {
        View record() {
            return new View("a");
        }

        @Produces("application/vnd.redress+json")
        View special() {
            return new View("b");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onlyA2xxIsSuccessful() {
        assertThat(StoredResponse.successful(StoredResponse.statusOf(new View("a")))).isTrue();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(null))).isTrue();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(Response.status(201).build()))).isTrue();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(Response.status(400).build()))).isFalse();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(Response.status(422).build()))).isFalse();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(Response.status(503).build()))).isFalse();
        assertThat(StoredResponse.successful(StoredResponse.statusOf(Response.status(303).build()))).isFalse();
    }

    @Test
    void aCreatedResponseKeepsItsStatusLocationTypeAndBody() throws Exception {
        Response created = Response.created(URI.create("/complaints/a")).entity(new View("a"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();

        StoredResponse stored = StoredResponse.of(created, Resource.class.getDeclaredMethod("record"), MAPPER);

        assertThat(stored).isEqualTo(new StoredResponse(201, "application/json", "/complaints/a", "{\"id\":\"a\"}"));
    }

    @Test
    void aPlainResultIsA200OfTheTypeTheOperationProduces() throws Exception {
        assertThat(StoredResponse.of(new View("a"), Resource.class.getDeclaredMethod("record"), MAPPER))
                .isEqualTo(new StoredResponse(200, "application/json", null, "{\"id\":\"a\"}"));
        assertThat(StoredResponse.of(new View("b"), Resource.class.getDeclaredMethod("special"), MAPPER).contentType())
                .isEqualTo("application/vnd.redress+json");
    }

    @Test
    void noResultIsA204WithoutBody() throws Exception {
        assertThat(StoredResponse.of(null, Resource.class.getDeclaredMethod("record"), MAPPER))
                .isEqualTo(new StoredResponse(204, null, null, null));
    }

    @Test
    void aReplayCarriesTheFirstAnswerAndSaysItIsOne() {
        Response replay = new StoredResponse(201, "application/json", "/complaints/a", "{\"id\":\"a\"}")
                .replay("Idempotent-Replayed");

        assertThat(replay.getStatus()).isEqualTo(201);
        assertThat(replay.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getHeaderString("Location")).isEqualTo("/complaints/a");
        assertThat(replay.getEntity()).isEqualTo("{\"id\":\"a\"}");
    }
}
