package org.redress.remedies.remedycases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.redress.servicekit.storage.StoredTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every stored shape reads the committed sample of what is in the database (src/test/resources/stored)
 * and writes it back unchanged: a shape changed so that it no longer reads what is stored, or writes
 * something else, fails here instead of losing a council's records.
 */
class StoredDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StoredTexts.Column TEXTS = new StoredTexts.Column();

    @Test
    void childReferencesReadTheirStoredSampleAndWriteItBackUnchanged() {
        String sample = sample("child-references.json");
        StoredTexts stored = TEXTS.convertToEntityAttribute(sample);
        assertThat(stored.values()).containsExactly("CR-104233", "CR-104299");
        assertThat(tree(TEXTS.convertToDatabaseColumn(stored))).isEqualTo(tree(sample));
    }

    @Test
    void evidenceRefsReadTheirStoredSampleAndWriteItBackUnchanged() {
        String sample = sample("evidence-refs.json");
        StoredTexts stored = TEXTS.convertToEntityAttribute(sample);
        assertThat(stored.values()).containsExactly("DOC-1", "assessment:ASM-2026-000078-9");
        assertThat(tree(TEXTS.convertToDatabaseColumn(stored))).isEqualTo(tree(sample));
    }

    @Test
    void anEmptyListIsStoredAsAnEmptyArray() {
        assertThat(TEXTS.convertToDatabaseColumn(new StoredTexts(java.util.List.of()))).isEqualTo("[]");
        assertThat(TEXTS.convertToEntityAttribute("[]").values()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"references\":[\"CR-104233\"]}", "[1]", "[null]", "[\"CR-104233\"] []", "\"CR-104233\"" })
    void aDocumentThatDoesNotMatchItsShapeIsRefusedRatherThanReadLeniently(String stored) {
        assertThatThrownBy(() -> TEXTS.convertToEntityAttribute(stored)).isInstanceOf(IllegalStateException.class);
    }

    private static String sample(String name) {
        try (InputStream in = StoredDocumentsTest.class.getResourceAsStream("/stored/" + name)) {
            assertThat(in).as("committed sample stored/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
