package org.redress.complaints.complaint.domain;

import java.util.ArrayList;
import java.util.List;

import org.redress.contracts.events.ComplaintEvent;

/** What a command on a complaint did: the events to publish and the lines for its timeline. */
public record Change(List<ComplaintEvent> events, List<TimelineNote> notes) {

    public Change {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** This change, with {@code event} published after its other events. */
    public Change with(ComplaintEvent event) {
        List<ComplaintEvent> all = new ArrayList<>(events);
        all.add(event);
        return new Change(all, notes);
    }

    public static Change noted(String what, String detail) {
        return new Change(List.of(), List.of(new TimelineNote(what, detail)));
    }
}
