package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;

/**
 * An agreed action as stored in a stage decision and in the Ombudsman's decision. Read through the
 * domain's constructor alone, so an action recorded before periods were bounded stays readable.
 */
public record StoredAction(String actionRef, String type, String period, Long amountPence, String theme) {

    static List<StoredAction> from(List<AgreedActionTerm> actions) {
        return actions.stream().map(a -> new StoredAction(a.actionRef(), a.type().name(), a.period(), a.amountPence(),
                a.theme())).toList();
    }

    static List<AgreedActionTerm> toDomain(List<StoredAction> stored) {
        return stored == null ? null : stored.stream().map(a -> new AgreedActionTerm(a.actionRef,
                AgreedActionTerm.ActionType.valueOf(a.type), a.period, a.amountPence, a.theme)).toList();
    }
}
