package org.redress.servicekit.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.contracts.Bounds;

/**
 * Checks {@link HappenedOn} against the service's clock, so a test that moves the clock moves "today".
 * A bean, so that Hibernate Validator takes it from CDI with the clock injected (a class that is not a
 * bean is instantiated reflectively and would need a constructor without arguments).
 */
@Singleton
public class HappenedOnValidator implements ConstraintValidator<HappenedOn, LocalDate> {

    private final Clock clock;

    public HappenedOnValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isBefore(Bounds.EARLIEST_CASE_DATE) && !date.isAfter(LocalDate.now(clock));
    }
}
