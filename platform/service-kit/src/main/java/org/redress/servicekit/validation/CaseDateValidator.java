package org.redress.servicekit.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.contracts.Bounds;

/**
 * Checks {@link CaseDate} against the service's clock.
 * A bean, so that Hibernate Validator in Quarkus builds it with that clock instead of reflectively
 * through a no-argument constructor it does not have, which stopped the application at start-up.
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
