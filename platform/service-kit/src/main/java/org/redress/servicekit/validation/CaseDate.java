package org.redress.servicekit.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date of a case that may lie ahead (a review date, a planned start, the end of a period): not before
 * {@link org.redress.contracts.Bounds#EARLIEST_CASE_DATE} and at most
 * {@link org.redress.contracts.Bounds#LATEST_PLANNED_YEARS_AHEAD} years after today. For a date on which
 * something has happened use {@link HappenedOn}. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = CaseDateValidator.class)
public @interface CaseDate {

    String message() default "must be a date from 2000-01-01 up to 10 years from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
