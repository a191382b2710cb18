package org.redress.servicekit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;

/** The stored-document mapper writes days as the service always stored them and refuses what does not match. */
class StoredJsonTest {

    record Dated(String code, LocalDate on, boolean open) {
    }

    enum Kind {
        FIRST, SECOND
    }

    record Kinded(Kind kind, int count) {
    }

    private static final StoredJson ARRAYS = StoredJson.daysAsArrays();
    private static final StoredJson TEXT = StoredJson.daysAsText();

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true,\"extra\":1}",
            "{\"code\":1,\"on\":[2026,11,25],\"open\":true}", "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":1}",
            "{\"code\":\"A\",\"on\":20000,\"open\":true}", "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":null}",
            "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true} {}", "[\"A\"]" })
    void aDocumentThatDoesNotMatchItsShapeIsRefusedRatherThanReadLeniently(String stored) {
        assertThatThrownBy(() -> ARRAYS.read(stored, Dated.class)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":\"\",\"open\":true}", "{\"code\":\"A\",\"on\":\"2026-02-30\",\"open\":true}",
            "{\"code\":true,\"on\":\"2026-01-16\",\"open\":true}" })
    void aDayOrTextOfAnotherTypeIsRefused(String stored) {
        assertThatThrownBy(() -> TEXT.read(stored, Dated.class)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"kind\":0,\"count\":1}", "{\"kind\":\"\",\"count\":1}", "{\"kind\":\"THIRD\",\"count\":1}",
            "{\"kind\":\"FIRST\",\"count\":1.5}", "{\"kind\":\"FIRST\",\"count\":\"1\"}" })
    void anEnumOrWholeNumberOfAnotherTypeIsRefused(String stored) {
        assertThatThrownBy(() -> TEXT.read(stored, Kinded.class)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":[2026,11,25],\"open\":true}",
            "{\"code\":null,\"on\":[2026,1,5],\"open\":false}", "{\"code\":\"\",\"on\":[2026,1,5],\"open\":false}" })
    void daysAsArraysAreWrittenAsArraysAndNullsAreWritten(String stored) {
        assertThat(ARRAYS.write(ARRAYS.read(stored, Dated.class))).isEqualTo(stored);
        assertThat(ARRAYS.write(List.of(LocalDate.of(2024, 1, 5)))).isEqualTo("[[2024,1,5]]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"code\":\"A\",\"on\":\"2026-11-25\",\"open\":true}",
            "{\"code\":null,\"on\":\"2026-01-05\",\"open\":false}" })
    void daysAsTextAreWrittenAsIsoDatesAndNullsAreWritten(String stored) {
        assertThat(TEXT.write(TEXT.read(stored, Dated.class))).isEqualTo(stored);
        assertThat(TEXT.write(List.of(LocalDate.of(2024, 1, 5)))).isEqualTo("[\"2024-01-05\"]");
    }

    @Test
    void aListShapeIsReadWithItsElementType() {
        List<Dated> read = TEXT.read("[{\"code\":\"A\",\"on\":\"2026-11-25\",\"open\":true}]", new TypeReference<List<Dated>>() {
        });
        assertThat(read).containsExactly(new Dated("A", LocalDate.of(2026, 11, 25), true));
    }

    @Test
    void aColumnKeepsSqlNullAndReadsStrictly() {
        StoredJsonColumn<Dated> column = new StoredJsonColumn<>(TEXT, Dated.class) {
        };
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isNull();
        assertThat(column.convertToDatabaseColumn(new Dated("A", LocalDate.of(2026, 1, 16), false)))
                .isEqualTo("{\"code\":\"A\",\"on\":\"2026-01-16\",\"open\":false}");
        assertThatThrownBy(() -> column.convertToEntityAttribute("{\"code\":\"A\"} x")).isInstanceOf(IllegalStateException.class);
    }
}
