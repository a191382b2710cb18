package org.redress.servicekit.inbox;

/**
 * Thrown to the messaging connector for an event its consumer could not apply: the channel's failure
 * strategy ({@link org.redress.servicekit.deadletters.DeadLetterOrRedeliver}) writes the record to the
 * channel's dead-letter topic with this exception's message as the {@code dead-letter-reason} header,
 * acknowledges it, and the consumer goes on with the next event.
 *
 * <p>The message is {@code <code>} or {@code <code>: <detail>}, where the code names the rule or the kind
 * of failure and the detail the field or the failure's class: never a value from the event, so the header
 * (kept on the topic for as long as its retention) and the connector's log line hold no personal data.
 * No cause is attached for the same reason: the connector would copy its message into a header.
 */
public final class RefusedEvent extends RuntimeException {

    /**
     * The event's CloudEvent {@code ce_id} or {@code ce_type} is missing or longer than the inbox keeps: it
     * cannot be de-duplicated or dispatched.
     */
    public static final String INVALID_ATTRIBUTES = "event.invalid-cloudevent-attributes";
    /** The effect failed on every attempt for a reason that is not a broken rule (a bug, an overflow, …). */
    public static final String FAILED_AFTER_RETRIES = "event.failed-after-retries";

    private final String code;

    RefusedEvent(String code, String detail) {
        // no stack trace: it would only show the inbox, and the log line of the failure already has it
        super(detail == null ? code : code + ": " + detail, null, false, false);
        this.code = code;
    }

    /** The reason's code, as the dead-letter metric counts it. */
    public String code() {
        return code;
    }

    /** The code of a {@code dead-letter-reason} header written from one of these. */
    public static String codeOf(String reason) {
        if (reason == null) {
            return null;
        }
        int colon = reason.indexOf(": ");
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
