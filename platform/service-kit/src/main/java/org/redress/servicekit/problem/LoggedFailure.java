package org.redress.servicekit.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a log line may say about a failure: the classes in its cause chain, the SQLState of a
 * database error, and where in the code it happened. Never the messages: PostgreSQL's carry the
 * data a statement was about ("Detail: Key (...)=(...)", "Where: JSON data, line 1: ..."), Jackson's
 * quote the value it could not read, and either can be a complainant's name or address.
 */
public final class LoggedFailure {

    private static final int DEEPEST_CAUSE = 16;

    private LoggedFailure() {
    }

    /** e.g. {@code DataException < PSQLException [SQLState 22P05]}: each cause after the failure it caused. */
    public static String summary(Throwable failure) {
        return chain(failure).stream().map(LoggedFailure::describe).map(d -> d.substring(d.lastIndexOf('.') + 1))
                .collect(Collectors.joining(" < "));
    }

    /**
     * The failure as a stack trace can show it: the same classes (by name) and frames, no message.
     * Pass it to the logger in place of the failure itself.
     */
    public static Throwable withoutMessages(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Redacted redacted = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            redacted = new Redacted(chain.get(i), redacted);
        }
        return redacted;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause) && chain.size() < DEEPEST_CAUSE;
                cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static String describe(Throwable failure) {
        String sqlState = failure instanceof SQLException sql && sql.getSQLState() != null
                ? " [SQLState " + sql.getSQLState() + "]" : "";
        return failure.getClass().getName() + sqlState;
    }

    /** Prints as the original's class name (and SQLState) with the original's frames. */
    private static final class Redacted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String description;

        Redacted(Throwable original, Redacted cause) {
            super(null, cause, false, true);
            this.description = describe(original);
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
