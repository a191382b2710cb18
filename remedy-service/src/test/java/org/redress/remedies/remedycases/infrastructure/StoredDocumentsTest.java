package org.redress.remedies.remedycases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every stored shape reads the committed sample of what is in the database (src/test/resources/stored)
 * and writes it back unchanged: a shape changed so that it no longer reads what is stored, or writes
 * something else, fails here instead of losing a council's records.
 */
class StoredDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void childReferencesReadTheirStoredSampleAndWriteItBackUnchanged() {
        String sample = sample("child-references.json");
        StoredChildReferences stored = StoredDocuments.read(sample, StoredChildReferences.class);
        assertThat(stored.references()).containsExactly("CR-104233", "CR-104299");
        assertThat(tree(StoredDocuments.write(stored))).isEqualTo(tree(sample));
    }

    @Test
    void evidenceRefsReadTheirStoredSampleAndWriteItBackUnchanged() {
        String sample = sample("evidence-refs.json");
        StoredEvidenceRefs stored = StoredDocuments.read(sample, StoredEvidenceRefs.class);
        assertThat(stored.references()).containsExactly("DOC-1", "assessment:ASM-2026-000078-9");
        assertThat(tree(StoredDocuments.write(stored))).isEqualTo(tree(sample));
    }

    @Test
    void anEmptyListIsStoredAsAnEmptyArray() {
        assertThat(StoredDocuments.write(new StoredEvidenceRefs(java.util.List.of()))).isEqualTo("[]");
        assertThat(StoredDocuments.read("[]", StoredEvidenceRefs.class).references()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"references\":[\"CR-104233\"]}", "[1]", "[null]", "[\"CR-104233\"] []", "\"CR-104233\"" })
    void aDocumentThatDoesNotMatchItsShapeIsRefusedRatherThanReadLeniently(String stored) {
        assertThatThrownBy(() -> StoredDocuments.read(stored, StoredChildReferences.class))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StoredDocuments.read(stored, StoredEvidenceRefs.class))
                .isInstanceOf(IllegalStateException.class);
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
