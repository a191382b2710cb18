package org.redress.assessments.assessment.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.TimelineEntry;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.timeline}, in order, e.g.
 * {@code [{"on":[2026,11,16],"what":"OPENED","about":null}]}.
 */
public record StoredTimeline(List<Entry> entries) {

    /** One timeline entry as stored. */
    public record Entry(LocalDate on, String what, String about) {
    }

    public StoredTimeline {
        entries = List.copyOf(entries);
    }

    public static StoredTimeline from(List<TimelineEntry> timeline) {
        return new StoredTimeline(timeline.stream().map(e -> new Entry(e.on(), e.what(), e.about())).toList());
    }

    public List<TimelineEntry> toDomain() {
        return entries.stream().map(e -> new TimelineEntry(e.on(), e.what(), e.about())).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StoredTimeline of(List<Entry> entries) {
        return new StoredTimeline(entries);
    }

    @JsonValue
    List<Entry> json() {
        return entries;
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredColumn<StoredTimeline> {
        public Column() {
            super(StoredTimeline.class);
        }
    }
}
