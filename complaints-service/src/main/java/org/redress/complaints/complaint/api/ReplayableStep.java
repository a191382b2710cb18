package org.redress.complaints.complaint.api;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A command of the procedure as its API operation takes it, so that a case brought across from a
 * council's previous system (POST /imports/complaints) can be replayed step by step: {@code command} is
 * the operation's path under {@code /complaints/{id}} with dots for slashes ({@code stage-1.response}),
 * {@code body} the operation's own request record, and {@code replay} calls the use case the operation
 * calls, so every rule and every date check applies exactly as through the API.
 *
 * @param <R> the operation's request record
 */
public record ReplayableStep<R>(String command, Class<R> body, BiConsumer<UUID, R> replay) {

    /** Replays the step on complaint {@code id} with {@code request}, a validated instance of {@link #body}. */
    public void replayOn(UUID id, Object request) {
        replay.accept(id, body.cast(request));
    }
}
