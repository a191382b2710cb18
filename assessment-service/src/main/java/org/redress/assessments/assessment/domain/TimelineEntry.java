package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

/**
 * One thing that happened to an assessment, in order: what, about what, on which day.
 *
 * @param on    the day
 * @param what  a code, e.g. {@code NEED_RECORDED}, {@code COMPLETED}, {@code FLAGGED}
 * @param about a need code, an assessor, a flag code, or {@code null}
 */
public record TimelineEntry(LocalDate on, String what, String about) {
}
