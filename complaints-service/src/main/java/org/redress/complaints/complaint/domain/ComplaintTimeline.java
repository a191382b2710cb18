package org.redress.complaints.complaint.domain;

import java.util.List;
import java.util.UUID;

/** Where a complaint's timeline is written: append-only, each line as done now by whoever is acting. */
public interface ComplaintTimeline {

    /** Appends {@code notes}, in their order, to the timeline of the complaint {@code complaintId}. */
    void append(UUID complaintId, List<TimelineNote> notes);
}
