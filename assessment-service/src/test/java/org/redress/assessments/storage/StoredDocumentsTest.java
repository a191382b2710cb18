package org.redress.assessments.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored-document mapper writes days as they were always stored and refuses what does not match. */
class StoredDocumentsTest {

    record Dated(String code, LocalDate on, boolean open) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true,\"extra\":1}",
            "{\"code\":1,\"on\":[2026,11,25],\"open\":true}", "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":1}",
            "{\"code\":\"A\",\"on\":20000,\"open\":true}", "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":null}",
            "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true} {}", "[\"A\"]" })
    void aDocumentThatDoesNotMatchItsShapeIsRefusedRatherThanReadLeniently(String stored) {
        assertThatThrownBy(() -> StoredDocuments.read(stored, Dated.class)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true}",
            "{\"code\":null,\"on\":[2026,1,5],\"open\":false}", "{\"code\":\"\",\"on\":[2026,1,5],\"open\":false}" })
    void daysAreArraysAndNullsAreWritten(String stored) {
        assertThat(StoredDocuments.write(StoredDocuments.read(stored, Dated.class))).isEqualTo(stored);
        assertThat(StoredDocuments.write(List.of(LocalDate.of(2024, 1, 5)))).isEqualTo("[[2024,1,5]]");
    }
}
