package org.redress.complaints.stagetwo.application;

import org.redress.complaints.complaint.domain.StageTwo;

/** The independent person appointed, with their declaration. */
public record AppointIndependentPerson(StageTwo.IndependentPerson person) {
}
