package org.redress.complaints.holds.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.Decline;

/** Decline the complaint, whole or listed points, while proceedings run. */
public record DeclineComplaint(Decline.Scope scope, List<Integer> points,
        Decline.Proceedings proceedings, LocalDate declinedOn,
        LocalDate complainantToldInWritingOn, LocalDate reviewOn) {
}
