package org.redress.servicekit.inbox;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/** An event whose data does not match its type's schema; redelivery cannot fix it. */
public class UnreadableEvent extends RuleViolation {

    public UnreadableEvent(String type, String id) {
        super("event.unreadable-payload", ProblemKind.BAD_REQUEST, "the data of event " + id + " is not a valid " + type);
    }
}
