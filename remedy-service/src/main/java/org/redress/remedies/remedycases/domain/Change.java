package org.redress.remedies.remedycases.domain;

import java.util.List;

import org.redress.contracts.events.RemedyEvent;

/**
 * What a change to a remedy case did: the case after it, the events that announce it (in the
 * order they are to be published) and the entries it adds to the case's timeline.
 */
public record Change(RemedyCase remedyCase, List<RemedyEvent> events, List<TimelineEntry> timeline) {

    public Change {
        events = List.copyOf(events);
        timeline = List.copyOf(timeline);
    }
}
