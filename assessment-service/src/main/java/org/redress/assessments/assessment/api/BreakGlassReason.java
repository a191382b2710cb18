package org.redress.assessments.assessment.api;

import java.util.Optional;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.text.ControlCharacters;

/**
 * The {@code Break-Glass-Reason} header of a read: why a team manager reads an assessment outside their team (an
 * out-of-hours call about the family, a colleague away). The reason is kept with the read in the audit trail for
 * the auditor to review ({@code GET /audit?action=assessment.break-glass-read}); it is never logged. A reason
 * must say something (10 characters at least), fit a sentence or two (500 at most) and hold no control
 * character, since an auditor reads it as it was sent.
 */
public final class BreakGlassReason {

    /** The header's name. */
    public static final String HEADER = "Break-Glass-Reason";

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 500;

    /** What the OpenAPI document says of it. */
    public static final String DESCRIPTION = "Team managers only: why you read this assessment although it is not "
            + "your team's (break-glass), 10 to 500 characters, no control characters. The read is let through and "
            + "recorded as assessment.break-glass-read with the reason, which the auditor reviews. Ignored for an "
            + "assessment you may read anyway; without it, another team's assessment is not found.";

    private BreakGlassReason() {
    }

    /**
     * The reason the caller gave, or empty without the header; one too short, too long or holding a control
     * character breaks {@code request.break-glass-reason-invalid} (400 naming the header).
     */
    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String reason = header.strip();
        if (reason.length() < MIN_LENGTH || reason.length() > MAX_LENGTH || ControlCharacters.inAnyForm(header)) {
            // the caller's text is not repeated: it is said what was expected
            throw new RuleViolation("request.break-glass-reason-invalid", ProblemKind.BAD_REQUEST, HEADER,
                    HEADER + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters without control characters");
        }
        return Optional.of(reason);
    }
}
