package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

/**
 * Something accepted but flagged for a manager to look at (DOMAIN §3), with the day it was raised.
 *
 * @param code  stable code, e.g. {@code need.resource-led-reason}
 * @param about what it is about (a need code, an assessor), or {@code null}
 * @param on    the day it was raised
 */
public record Flag(String code, String about, LocalDate on) {
}
