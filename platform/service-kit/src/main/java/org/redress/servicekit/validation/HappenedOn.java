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
 * A date on which something has already happened (a complaint received, a decision made, a person told):
 * not before {@link org.redress.contracts.Bounds#EARLIEST_CASE_DATE} and not after today in England.
 * {@code null} is valid; combine with {@code @NotNull} where the date is required.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = HappenedOnValidator.class)
public @interface HappenedOn {

    String message() default "must be a date from 2000-01-01 up to today: it records something that has happened";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
