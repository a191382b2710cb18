package org.redress.remedies.remedycases.domain;

import java.util.List;

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
 * @param conditions  what it is to be carried out under, in the decision's words (for a reassessment, e.g.
 *                    keeping the children's contact with professionals to a minimum); empty when none
 * @param personRef   for a carer's assessment the carer, for a service to put in place the child: the council's
 *                    record reference of the person; otherwise {@code null}
 * @param carerType   for a carer's assessment, the kind of carer; otherwise {@code null}
 */
public record AgreedActionTerms(String actionRef, ActionType type, String period, Long amountPence, String theme,
        String description, String owner, List<String> conditions, String personRef, CarerType carerType) {

    public AgreedActionTerms {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Terms of an action for no one person (every type but a carer's assessment and a service to put in place). */
    public AgreedActionTerms(String actionRef, ActionType type, String period, Long amountPence, String theme,
            String description, String owner, List<String> conditions) {
        this(actionRef, type, period, amountPence, theme, description, owner, conditions, null, null);
    }

    /** Terms as an event from before descriptions, owners and conditions were carried gives them: none of those. */
    public AgreedActionTerms(String actionRef, ActionType type, String period, Long amountPence, String theme) {
        this(actionRef, type, period, amountPence, theme, null, null, List.of());
    }

    /** Events reach the domain without bean validation, so required terms are checked here too. */
    void requireComplete(String field) {
        RequiredFields.require(actionRef, field + ".actionRef");
        RequiredFields.require(type, field + ".type");
        RequiredFields.require(period, field + ".period");
    }
}
