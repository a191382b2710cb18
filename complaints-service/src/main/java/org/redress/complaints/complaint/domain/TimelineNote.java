package org.redress.complaints.complaint.domain;

/**
 * One line of a complaint's chronology, as the aggregate reports it; who did it and when are
 * added where the change is saved.
 *
 * @param what   a stable code, e.g. {@code stage-1.responded} or {@code flag.ROUTED_AWAY_FROM_STATUTORY}
 * @param detail a short description for the people handling the complaint
 */
public record TimelineNote(String what, String detail) {
}
