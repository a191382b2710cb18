package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.Flag;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of the flags of an assessment ({@code assessment.flags}) and of an EHC plan update
 * ({@code ehc_plan_update.flags}), e.g. {@code [{"code":"need.resource-led-reason","about":"N1","on":[2026,11,25]}]}.
 */
public record StoredFlags(List<StoredFlag> flags) {

    /** One flag as stored. */
    public record StoredFlag(String code, String about, LocalDate on) {
    }

    public StoredFlags {
        flags = List.copyOf(flags);
    }

    public static StoredFlags from(List<Flag> flags) {
        return new StoredFlags(flags.stream().map(f -> new StoredFlag(f.code(), f.about(), f.on())).toList());
    }

    public List<Flag> toDomain() {
        return flags.stream().map(f -> new Flag(f.code(), f.about(), f.on())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredFlags of(List<StoredFlag> flags) {
        return new StoredFlags(flags);
    }

    @JsonValue
    List<StoredFlag> json() {
        return flags;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredFlags> {
        public Column() {
            super(StoredFlags.class);
        }
    }
}
