package org.redress.complaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.persistence.AttributeConverter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.servicekit.storage.StoredTexts;

/**
 * Every stored shape reads the committed sample of what is in the database (src/test/resources/stored),
 * goes through the domain and back, and writes the sample again unchanged: a shape or a domain record
 * changed so that it no longer reads what is stored, or writes something else, fails here instead of
 * losing a council's records.
 */
class StoredDocumentsTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                sample("child-references.json", through(new StoredTexts.Column(), StoredTexts::values, StoredTexts::new)),
                sample("points.json", through(new StoredTexts.Column(), StoredTexts::values, StoredTexts::new)),
                sample("desired-outcomes.json", through(new StoredTexts.Column(), StoredTexts::values, StoredTexts::new)),
                sample("subject-matters.json",
                        through(new StoredTexts.Column(), StoredSubjectMatters::toDomain, StoredSubjectMatters::from)),
                sample("closure.json", through(new StoredClosure.Column(), StoredClosure::toDomain, StoredClosure::from)),
                sample("out-of-time.json", through(new StoredOutOfTime.Column(), StoredOutOfTime::toDomain, StoredOutOfTime::from)),
                sample("stage-one-extension.json", through(new StoredStageOneExtension.Column(),
                        StoredStageOneExtension::toDomain, StoredStageOneExtension::from)),
                sample("standing.json", through(new StoredStanding.Column(), StoredStanding::toDomain, StoredStanding::from)),
                sample("holds.json", through(new StoredHold.Column(), StoredHold::toDomain, StoredHold::from)),
                sample("declines.json", through(new StoredDecline.Column(), StoredDecline::toDomain, StoredDecline::from)),
                sample("flags.json", through(new StoredFlag.Column(), StoredFlag::toDomain, StoredFlag::from)),
                sample("routing.json", through(new StoredRouting.Column(), StoredRouting::toDomain, StoredRouting::from)),
                sample("stage-one-response.json",
                        through(new StoredStageDecision.Column(), StoredStageDecision::toDomain, StoredStageDecision::from)),
                sample("stage-two.json", through(new StoredStageTwo.Column(), StoredStageTwo::toDomain, StoredStageTwo::from)),
                sample("stage-three.json",
                        through(new StoredStageThree.Column(), StoredStageThree::toDomain, StoredStageThree::from)),
                sample("ombudsman.json", through(new StoredOmbudsman.Column(), StoredOmbudsman::toDomain, StoredOmbudsman::from)),
                sample("pauses.json", json -> StoredDocuments.JSON.write(
                        StoredPause.from(StoredPause.toDomain(StoredDocuments.JSON.read(json, StoredPause.LIST))))));
    }

    /** Reads a column's JSON as its stored shape, turns it into the domain's value and writes that back. */
    private static <S, D> UnaryOperator<String> through(AttributeConverter<S, String> column, Function<S, D> toDomain,
            Function<D, S> from) {
        return json -> column.convertToDatabaseColumn(from.apply(toDomain.apply(column.convertToEntityAttribute(json))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyStoredShapeReadsItsSampleThroughTheDomainAndWritesItBackUnchanged(String name,
            UnaryOperator<String> readThroughTheDomainAndWrite) {
        String sample = read(name);
        assertThat(readThroughTheDomainAndWrite.apply(sample)).isEqualTo(sample.strip());
    }

    @Test
    void anEmptyListIsStoredAsAnEmptyArray() {
        assertThat(new StoredHold.Column().convertToDatabaseColumn(List.of())).isEqualTo("[]");
        assertThat(StoredDocuments.JSON.write(new StoredTexts(List.of()))).isEqualTo("[]");
        assertThat(new StoredFlag.Column().convertToEntityAttribute("[]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"reason\":\"RESOLVED\",\"closedOn\":\"2026-03-02\",\"by\":\"x\"}",
            "{\"reason\":1,\"closedOn\":\"2026-03-02\"}", "{\"reason\":\"RESOLVED\",\"closedOn\":20260302}",
            "{\"reason\":\"RESOLVED\",\"closedOn\":\"2026-02-30\"}", "{\"reason\":\"RESOLVED\",\"closedOn\":\"2026-03-02\"} {}" })
    void aClosureThatDoesNotMatchItsShapeIsRefusedRatherThanReadLeniently(String stored) {
        assertThatThrownBy(() -> new StoredClosure.Column().convertToEntityAttribute(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"workingDays\":\"20\",\"reason\":\"r\",\"complainantToldOn\":null}",
            "{\"workingDays\":20.5,\"reason\":\"r\",\"complainantToldOn\":null}",
            "{\"workingDays\":null,\"reason\":\"r\",\"complainantToldOn\":null}",
            "{\"workingDays\":20,\"reason\":true,\"complainantToldOn\":null}" })
    void anExtensionWithAValueOfAnotherTypeIsRefused(String stored) {
        assertThatThrownBy(() -> new StoredStageOneExtension.Column().convertToEntityAttribute(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[1]", "[null]", "[\"CR-104233\"] []", "\"CR-104233\"", "{\"values\":[\"CR-104233\"]}" })
    void aListOfTextsThatDoesNotMatchItsShapeIsRefused(String stored) {
        assertThatThrownBy(() -> new StoredTexts.Column().convertToEntityAttribute(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[{\"heldOn\":\"2026-02-02\",\"releasedOn\":null,\"open\":false}]",
            "[{\"heldOn\":\"2026-02-02\",\"releasedOn\":null,\"open\":\"true\"}]",
            "[{\"heldOn\":\"2026-02-02\",\"releasedOn\":null,\"open\":true,\"paused\":true}]" })
    void aPauseThatDoesNotMatchItsShapeIsRefused(String stored) {
        assertThatThrownBy(() -> StoredDocuments.JSON.read(stored, StoredPause.LIST)).isInstanceOf(IllegalStateException.class);
    }

    private static Arguments sample(String name, UnaryOperator<String> readThroughTheDomainAndWrite) {
        return Arguments.of(name, readThroughTheDomainAndWrite);
    }

    static String read(String name) {
        try (InputStream in = StoredDocumentsTest.class.getResourceAsStream("/stored/" + name)) {
            assertThat(in).as("committed sample stored/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
