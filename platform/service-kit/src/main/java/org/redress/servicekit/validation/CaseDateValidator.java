package org.redress.servicekit.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.contracts.Bounds;

/**
 * Checks {@link CaseDate} against the service's clock.
 * A bean, so that Hibernate Validator takes it from CDI with the clock injected (a class that is not a
 * bean is instantiated reflectively and would need a constructor without arguments).
 */
@Singleton
public class CaseDateValidator implements ConstraintValidator<CaseDate, LocalDate> {

    private final Clock clock;

    public CaseDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || Bounds.plausibleDate(date, LocalDate.now(clock));
    }
}
