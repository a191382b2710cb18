package org.redress.complaints.holds.application;

import java.time.LocalDate;

import org.redress.complaints.complaint.domain.Hold;

/** A hold: why, from when, when the complainant was told and when it is reviewed. */
public record PlaceHold(Hold.HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn) {
}
