package org.redress.servicekit.problem;

import java.util.Locale;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Names the rule a unique constraint stands for, from the constraint's name, so that a request
 * clashing with an existing row is a 409 naming the rule rather than a 500 — for every constraint,
 * including one no use case checks for beforehand.
 *
 * <p>The convention: a constraint (or unique index) is named {@code <table>_<rule>}, e.g.
 * {@code assessment_one_per_referral_and_type} on table {@code assessment}, and its rule is
 * {@code <table>.<rule>} with dashes: {@code assessment.one-per-referral-and-type}. PostgreSQL's own
 * name for a column declared {@code UNIQUE}, {@code <table>_<column>_key}, reads as
 * {@code <table>.unique-<column>}. Only the names are used: the server's detail holds the clashing
 * values, which may be personal data, and is never shown or logged.
 */
final class UniqueConstraints {

    /** PostgreSQL's SQLState for a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraints() {
    }

    /** The rule broken, when anything in the cause chain is a unique violation naming its constraint. */
    static Optional<String> brokenRule(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException postgres && UNIQUE_VIOLATION.equals(postgres.getSQLState())) {
                ServerErrorMessage server = postgres.getServerErrorMessage();
                if (server != null && server.getConstraint() != null && server.getTable() != null) {
                    return Optional.of(ruleOf(server.getTable(), server.getConstraint()));
                }
            }
        }
        return Optional.empty();
    }

    static String ruleOf(String table, String constraint) {
        String rule = constraint.startsWith(table + "_") ? constraint.substring(table.length() + 1) : constraint;
        if (rule.endsWith("_key") && !constraint.equals(rule)) {
            rule = "unique_" + rule.substring(0, rule.length() - "_key".length());
        }
        return dashed(table) + "." + dashed(rule);
    }

    private static String dashed(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
