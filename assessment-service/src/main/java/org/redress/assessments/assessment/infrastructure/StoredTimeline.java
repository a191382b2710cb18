package org.redress.assessments.assessment.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.assessments.assessment.domain.TimelineEntry;
import org.redress.assessments.storage.StoredColumn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stored shape of {@code assessment.timeline}, in order, e.g.
 * {@code [{"on":[2026,11,16],"what":"OPENED","about":null,"recordedAt":"2026-11-16T10:00:00Z","recordedBy":"sw-0147"}]}.
 * Entries stored before the recording time and actor were kept have neither, and read as {@code null}.
 */
public record StoredTimeline(List<Entry> entries) {

    /** One timeline entry as stored; the instant it was recorded is ISO text, as days are arrays here. */
    public record Entry(LocalDate on, String what, String about,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant recordedAt, String recordedBy) {
    }

    public StoredTimeline {
        entries = List.copyOf(entries);
    }

    public static StoredTimeline from(List<TimelineEntry> timeline) {
        return new StoredTimeline(timeline.stream()
                .map(e -> new Entry(e.on(), e.what(), e.about(), e.recordedAt(), e.recordedBy())).toList());
    }

    public List<TimelineEntry> toDomain() {
        return entries.stream()
                .map(e -> new TimelineEntry(e.on(), e.what(), e.about(), e.recordedAt(), e.recordedBy())).toList();
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
