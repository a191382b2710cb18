package org.redress.contracts.problem;

/**
 * A request broke a rule. Domain exceptions extend this so that one mapper in the service kit
 * turns every one of them into an RFC 9457 problem detail whose {@code type} names the rule.
 * Plain Java on purpose: domain code throws it without depending on any framework.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final ProblemKind kind;
    private final String field;

    public RuleViolation(String rule, ProblemKind kind, String field, String detail) {
        super(detail);
        this.rule = rule;
        this.kind = kind;
        this.field = field;
    }

    public RuleViolation(String rule, ProblemKind kind, String detail) {
        this(rule, kind, null, detail);
    }

    /** Stable code of the rule, e.g. {@code stage-one.extension-beyond-maximum}. */
    public String rule() {
        return rule;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The request field the rule is about, or {@code null} when it is about the whole request. */
    public String field() {
        return field;
    }

    /** The problem type URI for this rule. */
    public String type() {
        return ProblemTypes.forRule(rule);
    }
}
