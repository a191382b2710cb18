package org.redress.servicekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    enum Role { PARENT, CHILD }

    record Point(int number, String summary) {
    }

    record Sample(Role role, Boolean accepted, boolean flag, Integer days, long pence, BigDecimal hours, Double rate,
            LocalDate received, String reason, List<String> points, List<Point> findings) {
    }

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Sample read(String json) throws JacksonException {
        return mapper.readValue(json, Sample.class);
    }

    @Nested
    class ReadsWhatIsWritten {

        @Test
        void valuesOfTheirOwnType() throws JacksonException {
            Sample sample = read("""
                    {"role":"PARENT","accepted":true,"flag":false,"days":20,"pence":1250,"hours":7.5,"rate":3,
                     "received":"2026-01-05","reason":"An advocate\\tis needed\\r\\n","points":["a","b"],
                     "findings":[{"number":1,"summary":"late"}]}""");
            assertThat(sample.role()).isEqualTo(Role.PARENT);
            assertThat(sample.accepted()).isTrue();
            assertThat(sample.pence()).isEqualTo(1250L);
            assertThat(sample.hours()).isEqualByComparingTo("7.5");
            assertThat(sample.rate()).isEqualTo(3.0);
            assertThat(sample.received()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(sample.reason()).isEqualTo("An advocate\tis needed\r\n");
            assertThat(sample.findings()).containsExactly(new Point(1, "late"));
        }

        @Test
        void aWholeNumberIntoADecimalField() throws JacksonException {
            assertThat(read("{\"hours\":3}").hours()).isEqualByComparingTo("3");
        }

        @Test
        void anAbsentPrimitiveAsItsDefault() throws JacksonException {
            // optional yes/no flags in requests are primitives: leaving one out still means false
            assertThat(read("{}").flag()).isFalse();
        }
    }

    @Nested
    class RefusesCoercion {

        @ParameterizedTest
        @ValueSource(strings = { "{\"role\":0}", "{\"role\":\"0\"}", "{\"role\":\" PARENT \"}", "{\"role\":\"PARENT \"}",
                "{\"role\":\"\"}", "{\"accepted\":2}", "{\"accepted\":\"true\"}", "{\"flag\":1}", "{\"days\":1.5}",
                "{\"days\":\"12\"}", "{\"days\":true}", "{\"pence\":1250.5}", "{\"hours\":\"7.5\"}",
                "{\"received\":20000000}", "{\"received\":\"\"}", "{\"reason\":12}", "{\"reason\":false}",
                "{\"points\":[1]}", "{\"findings\":[{\"number\":1.5}]}" })
        void ofAValueOfTheWrongKind(String json) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
        }
    }

    @Nested
    class RefusesAmbiguousBodies {

        @ParameterizedTest
        @ValueSource(strings = { "{\"reason\":\"a\",\"reason\":\"b\"}", "{\"findings\":[{\"number\":1,\"number\":2}]}",
                "{\"reason\":\"a\"} {}", "{\"reason\":\"a\"} x", "{\"reason\":\"a\"}}" })
        void withAFieldTwiceOrContentAfterTheValue(String json) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
        }
    }

    @Nested
    class RefusesControlCharacters {

        @ParameterizedTest
        @ValueSource(strings = { "\\u0000", "\\u0008", "\\u000b", "\\u001f", "\\u007f", "\\u0080", "\\u009f" })
        void inAnyText(String escaped) {
            assertThatThrownBy(() -> read("{\"reason\":\"a" + escaped + "b\"}")).isInstanceOf(RefusedValue.class);
            assertThatThrownBy(() -> read("{\"points\":[\"ok\",\"a" + escaped + "\"]}")).isInstanceOf(RefusedValue.class);
            assertThatThrownBy(() -> read("{\"findings\":[{\"summary\":\"" + escaped + "\"}]}"))
                    .isInstanceOf(RefusedValue.class);
        }

        @Test
        void withoutQuotingTheText() {
            assertThatThrownBy(() -> read("{\"reason\":\"Persephone\\u0000\"}"))
                    .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("Persephone"));
        }
    }

    @Nested
    class ReadsDatesAsWritten {

        @ParameterizedTest
        @ValueSource(strings = { "2026-01-05\\u0000", "\\u00002026-01-05", " 2026-01-05", "2026-01-05 ", "2026-01-05\\n",
                "2026-1-5", "20260105", "2026-02-30", "2026-01-05T10:00" })
        void refusingAnythingButAnIsoDate(String text) {
            assertThatThrownBy(() -> read("{\"received\":\"" + text + "\"}")).isInstanceOf(JacksonException.class);
        }

        @Test
        void withoutQuotingTheText() {
            assertThatThrownBy(() -> read("{\"received\":\"Persephone\"}"))
                    .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("Persephone"));
        }
    }

    @Nested
    class RefusesNumbersNoCalculationCanUse {

        @ParameterizedTest
        @ValueSource(strings = { "{\"hours\":1e999999999}", "{\"hours\":1e-999999999}", "{\"hours\":1e101}",
                "{\"rate\":1e400}", "{\"rate\":-1e400}" })
        void anExponentOutOfRange(String json) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(RefusedValue.class);
        }

        @ParameterizedTest
        @ValueSource(strings = { "{\"days\":2147483648}", "{\"pence\":9223372036854775808}" })
        void aWholeNumberTooLargeForItsField(String json) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
        }

        @Test
        void butReadsLargeFiguresThatAreStillFigures() throws JacksonException {
            assertThat(read("{\"hours\":1e99}").hours()).isEqualByComparingTo("1e99");
        }
    }
}
