package org.redress.servicekit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value Jackson could read but Redress refuses, with the reason told to the caller. The message is
 * the reason alone: the value itself may be personal data and stays out of messages and logs.
 */
public final class RefusedValue extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    RefusedValue(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    /** Completes "the field ..." in a problem detail, e.g. "contains a control character ...". */
    public String reason() {
        return reason;
    }
}
