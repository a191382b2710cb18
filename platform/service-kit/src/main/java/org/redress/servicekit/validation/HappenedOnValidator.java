package org.redress.servicekit.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.contracts.Bounds;

/**
 * Checks {@link HappenedOn} against the service's clock, so a test that moves the clock moves "today".
 * A bean, so that Hibernate Validator in Quarkus builds it with that clock instead of reflectively
 * through a no-argument constructor it does not have, which stopped the application at start-up.
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
