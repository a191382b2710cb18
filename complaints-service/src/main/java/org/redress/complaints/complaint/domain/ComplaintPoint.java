package org.redress.complaints.complaint.domain;

/**
 * One separately numbered point of complaint. Each point gets its own finding at every stage,
 * so numbering is fixed at intake.
 */
public record ComplaintPoint(int number, String summary) {
}
