package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.Provision;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.provisions}: the support that started, one object each. What
 * was missed is worked out from these, never stored.
 */
public record StoredProvisions(List<StoredProvision> provisions) {

    /** One provision as stored. */
    public record StoredProvision(UUID id, String needCode, Provision.Kind kind, long weeklyAmountPence,
            LocalDate shouldHaveStarted, LocalDate startedOn) {
    }

    public StoredProvisions {
        provisions = List.copyOf(provisions);
    }

    public static StoredProvisions from(List<Provision> provisions) {
        return new StoredProvisions(provisions.stream().map(p -> new StoredProvision(p.id(), p.needCode(), p.kind(),
                p.weeklyAmountPence(), p.shouldHaveStarted(), p.startedOn())).toList());
    }

    public List<Provision> toDomain() {
        return provisions.stream().map(p -> new Provision(p.id(), p.needCode(), p.kind(), p.weeklyAmountPence(),
                p.shouldHaveStarted(), p.startedOn())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredProvisions of(List<StoredProvision> provisions) {
        return new StoredProvisions(provisions);
    }

    @JsonValue
    List<StoredProvision> json() {
        return provisions;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredProvisions> {
        public Column() {
            super(StoredProvisions.class);
        }
    }
}
