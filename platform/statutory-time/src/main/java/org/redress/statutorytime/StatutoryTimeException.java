package org.redress.statutorytime;

import java.util.Objects;

/**
 * The single exception of this module: an input broke one of its {@link StatutoryTimeRule rules}.
 * It extends {@link IllegalArgumentException} because every rejection is about the caller's input;
 * services map {@link #ruleCode()} to a problem details type and show {@link #getMessage()}.
 */
public final class StatutoryTimeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final StatutoryTimeRule rule;

    /**
     * @param rule    the rule that was broken
     * @param message a human-readable explanation, naming the offending values
     */
    public StatutoryTimeException(StatutoryTimeRule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule that was broken. */
    public StatutoryTimeRule rule() {
        return rule;
    }

    /** The broken rule's stable code, such as {@code clock.extension-beyond-maximum}. */
    public String ruleCode() {
        return rule.code();
    }
}
