package org.redress.assessments.referrals.infrastructure;

import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.referrals.domain.NeedDomain;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code referral.concerns}: a JSON array of the need domains the referral is
 * about, by name, e.g. {@code ["HEALTH","EDUCATION"]}.
 */
public record StoredConcerns(List<String> concerns) {

    /** Refuses a missing list and a missing concern in it. */
    public StoredConcerns {
        concerns = List.copyOf(concerns);
    }

    public static StoredConcerns from(List<NeedDomain> concerns) {
        return new StoredConcerns(concerns.stream().map(NeedDomain::name).toList());
    }

    public List<NeedDomain> toDomain() {
        return concerns.stream().map(NeedDomain::valueOf).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredConcerns of(List<String> concerns) {
        return new StoredConcerns(concerns);
    }

    @JsonValue
    List<String> json() {
        return concerns;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredConcerns> {
        public Column() {
            super(StoredConcerns.class);
        }
    }
}
