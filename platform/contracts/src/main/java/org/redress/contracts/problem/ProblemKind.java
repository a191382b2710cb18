package org.redress.contracts.problem;

/** What sort of failure a rule violation is, which decides its HTTP status. */
public enum ProblemKind {
    /** The request is malformed: a missing or unreadable field. */
    BAD_REQUEST(400),
    /** The thing the request names does not exist. */
    NOT_FOUND(404),
    /** The request conflicts with the current state (wrong stage, duplicate, stale version). */
    CONFLICT(409),
    /** The request is well formed but breaks a rule of the procedure. */
    UNPROCESSABLE(422);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
