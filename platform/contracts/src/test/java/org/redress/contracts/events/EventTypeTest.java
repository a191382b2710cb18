package org.redress.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.contracts.Topics;

class EventTypeTest {

    /** {@code org.redress.<aggregate>.<name>.v<N>}, lower-case words joined by hyphens. */
    private static final Pattern CE_TYPE = Pattern.compile(
            "org\\.redress\\.(?<aggregate>[a-z]+(?:-[a-z]+)*)\\.(?<name>[a-z]+(?:-[a-z]+)*)\\.v[1-9][0-9]*");

    /**
     * The aggregate segment names the domain that owns the topic (a referral is part of the
     * assessment domain, a remedy case of the remedy domain), not {@link EventType#aggregateType()}.
     */
    private static final Map<String, String> TOPIC_OF_DOMAIN = Map.of(
            "complaint", Topics.COMPLAINTS,
            "assessment", Topics.ASSESSMENTS,
            "remedy", Topics.REMEDIES);

    @Test
    void givesEveryTypeItsOwnCeType() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType)).doesNotHaveDuplicates();
    }

    @Test
    void givesEveryTypeItsOwnPayloadRecord() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::payloadType)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void namesEveryCeTypeOrgRedressAggregateNameVersion(EventType type) {
        Matcher matcher = CE_TYPE.matcher(type.ceType());

        assertThat(matcher.matches()).as(type.ceType()).isTrue();
        assertThat(TOPIC_OF_DOMAIN.get(matcher.group("aggregate"))).as(type.ceType()).isEqualTo(type.topic());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void findsEveryTypeByItsCeType(EventType type) {
        assertThat(EventType.ofCeType(type.ceType())).contains(type);
    }

    @Test
    void findsNoTypeForAnUnknownCeType() {
        assertThat(EventType.ofCeType("org.redress.complaint.registered.v2")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.redress.contracts.SampleEvents#all")
    void mapsEverySampleEventBackToTheTypeOfItsRecord(RedressEvent sample) {
        EventType type = EventType.of(sample);

        assertThat(type.payloadType()).isEqualTo(sample.getClass());
        assertThat(EventType.ofCeType(type.ceType())).contains(type);
    }

    @Test
    void refusesAnEventThatIsNotInTheCatalogue() {
        record Uncatalogued(String aggregateId, String subject) implements RedressEvent {
        }

        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventType.of(new Uncatalogued("3c9e1f52-7b4a-4d1e-8f6a-2a9b0c1d2e3f", "X-1")))
                .withMessageContaining("Uncatalogued");
    }
}
