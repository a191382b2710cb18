package org.redress.remedies.remedycases.domain;

/**
 * One action as the decision agreed it, before it has an id or a due date.
 *
 * @param actionRef   the decision's own number for the action, e.g. {@code A1}
 * @param type        what kind of action
 * @param period      the agreed period as a code such as {@code P4W}, {@code P1M}, {@code P3M}
 * @param amountPence for a payment, the agreed amount in pence; otherwise {@code null}
 * @param theme       for a service improvement, its learning theme code; otherwise {@code null}
 * @param description what exactly is to be done, or {@code null}
 * @param owner       who owns it, or {@code null}
 */
public record AgreedActionTerms(String actionRef, ActionType type, String period, Long amountPence, String theme,
        String description, String owner) {

    /** Terms as a decision event carries them: no description or owner yet. */
    public AgreedActionTerms(String actionRef, ActionType type, String period, Long amountPence, String theme) {
        this(actionRef, type, period, amountPence, theme, null, null);
    }

    /** Events reach the domain without bean validation, so required terms are checked here too. */
    void requireComplete(String field) {
        RequiredFields.require(actionRef, field + ".actionRef");
        RequiredFields.require(type, field + ".type");
        RequiredFields.require(period, field + ".period");
    }
}
