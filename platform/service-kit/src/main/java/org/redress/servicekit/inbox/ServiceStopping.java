package org.redress.servicekit.inbox;

/**
 * Thrown to the messaging connector when the service began to stop (a rolling update, a scale-down, a
 * node drain) before its consumer could apply an event. Stopping is not the event's fault: the channel's
 * failure strategy ({@link org.redress.servicekit.deadletters.DeadLetterOrRedeliver}) neither acknowledges
 * nor dead-letters it, so its offset is not committed and the next instance of the consumer group reads it
 * again. Nothing of it was stored: the processed-message row and the effect share the transaction that
 * did not commit.
 */
public final class ServiceStopping extends RuntimeException {

    ServiceStopping(String consumer, String eventId) {
        // no cause and no stack trace: the cause's message may quote data, and the log line says what happened
        super(consumer + " stopped before it could apply event " + eventId + "; it is left for redelivery", null,
                false, false);
    }

    /** Whether {@code failure}, or one of its causes, is a stop. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceStopping) {
                return true;
            }
        }
        return false;
    }
}
