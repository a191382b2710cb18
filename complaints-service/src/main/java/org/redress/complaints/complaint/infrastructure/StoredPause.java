package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import org.redress.statutorytime.ClockPause;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One element of {@code complaint_clock.pauses}, a JSON array of the clock's holds. {@code open}
 * (no release yet) has always been stored alongside the dates; it is written from them and, on
 * reading, must agree with them.
 */
record StoredPause(LocalDate heldOn, LocalDate releasedOn, boolean open) {

    static final TypeReference<List<StoredPause>> LIST = new TypeReference<>() {
    };

    StoredPause {
        if (open != (releasedOn == null)) {
            throw new IllegalArgumentException("a pause is open exactly when it has no release date");
        }
    }

    static List<StoredPause> from(List<ClockPause> pauses) {
        return pauses.stream().map(p -> new StoredPause(p.heldOn(), p.releasedOn(), p.isOpen())).toList();
    }

    static List<ClockPause> toDomain(List<StoredPause> stored) {
        return stored == null ? List.of() : stored.stream().map(p -> new ClockPause(p.heldOn, p.releasedOn)).toList();
    }
}
