package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintEvent;

/**
 * What a command on a complaint did: the events to publish and the lines for its timeline.
 *
 * @param announcementOnly the change only announces what the complaint already shows (a breach the
 *                         sweep found on a running clock): nothing else of the complaint changed
 */
public record Change(List<ComplaintEvent> events, List<TimelineNote> notes, boolean announcementOnly) {

    public Change {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** A change made by a command: the complaint changed, with these events and timeline lines. */
    public Change(List<ComplaintEvent> events, List<TimelineNote> notes) {
        this(events, notes, false);
    }

    /** This change, with {@code event} published after its other events. */
    public Change with(ComplaintEvent event) {
        List<ComplaintEvent> all = new ArrayList<>(events);
        all.add(event);
        return new Change(all, notes, announcementOnly);
    }

    /** A change whose timeline line records no dated fact of its own. */
    public static Change noted(String what, String detail) {
        return new Change(List.of(), List.of(new TimelineNote(what, detail)));
    }

    /** A change whose timeline line records what happened on {@code happenedOn}. */
    public static Change noted(String what, LocalDate happenedOn, String detail) {
        return new Change(List.of(), List.of(new TimelineNote(what, detail, happenedOn)));
    }

    /** The announcement of a breach found on a running clock, which changes nothing else. */
    static Change announcing(ClockBreached breach, TimelineNote note) {
        return new Change(List.of(breach), List.of(note), true);
    }
}
