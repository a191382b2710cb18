package org.redress.servicekit.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.contracts.Bounds;

/** Checks {@link CaseDate} against the service's clock. */
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
