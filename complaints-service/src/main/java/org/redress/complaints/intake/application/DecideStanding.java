package org.redress.complaints.intake.application;

import org.redress.complaints.complaint.domain.StandingDecision;

/** The decision on a sufficient-interest complainant's standing. */
public record DecideStanding(StandingDecision decision) {
}
