package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

/** A social worker assigned to carry out an assessment from a day on. */
public record AssessorAssignment(String assessor, LocalDate from) {
}
