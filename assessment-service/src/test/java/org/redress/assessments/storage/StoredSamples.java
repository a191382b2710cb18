package org.redress.assessments.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committed samples of what is in the database (src/test/resources/stored): each is read into its
 * stored shape, taken to the domain and back, and must be written back unchanged.
 */
public final class StoredSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredSamples() {
    }

    /** Reads sample {@code name} as {@code shape}, through the domain and back, and checks it is written unchanged. */
    public static <S, D> S roundTrip(String name, Class<S> shape, Function<S, D> toDomain, Function<D, S> from) {
        String sample = sample(name);
        S stored = StoredDocuments.JSON.read(sample, shape);
        S again = from.apply(toDomain.apply(stored));
        assertThat(again).as("stored/" + name + " through the domain and back").isEqualTo(stored);
        String written = StoredDocuments.JSON.write(again);
        assertThat(tree(written)).as("stored/" + name + " written back").isEqualTo(tree(sample));
        assertThat(written).as("stored/" + name + " written back").isEqualTo(sample.strip());
        return stored;
    }

    public static String sample(String name) {
        try (InputStream in = StoredSamples.class.getResourceAsStream("/stored/" + name)) {
            assertThat(in).as("committed sample stored/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
