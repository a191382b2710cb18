package org.redress.servicekit.inbox;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A value in an event lies outside the bounds the HTTP edge enforces ({@link org.redress.contracts.Bounds}),
 * or a value the consumer needs is missing. Names the field, never the value.
 */
public class ImplausibleEventValue extends RuleViolation {

    public static final String RULE = "event.implausible-value";

    public ImplausibleEventValue(String field) {
        super(RULE, ProblemKind.BAD_REQUEST, field, "event field " + field + " is missing or outside its plausible bounds");
    }
}
