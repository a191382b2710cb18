package org.redress.remedies.remedycases.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Presence checks for input that arrives without bean validation (events from other services):
 * a missing field is a rule violation, so a consumer records the event as rejected instead of
 * retrying it for ever.
 */
final class RequiredFields {

    static final String RULE = "remedy.missing-field";

    private RequiredFields() {
    }

    static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RuleViolation(RULE, ProblemKind.BAD_REQUEST, field, field + " is required");
        }
    }
}
