package org.redress.complaints.complaint.infrastructure;

import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;

/**
 * An agreed action as stored in a stage decision and in the Ombudsman's decision. Read through the
 * domain's constructor alone, so an action recorded before periods were bounded stays readable; one
 * stored before actions kept their words has no description, owner or conditions, and reads with none; one
 * stored before actions named a person has no personRef or carerType, and reads as for no one.
 */
public record StoredAction(String actionRef, String type, String period, Long amountPence, String theme,
        String description, String owner, List<String> conditions, String personRef, String carerType) {

    static List<StoredAction> from(List<AgreedActionTerm> actions) {
        return actions.stream().map(a -> new StoredAction(a.actionRef(), a.type().name(), a.period(), a.amountPence(),
                a.theme(), a.description(), a.owner(), a.conditions(), a.personRef(),
                a.carerType() == null ? null : a.carerType().name())).toList();
    }

    static List<AgreedActionTerm> toDomain(List<StoredAction> stored) {
        return stored == null ? null : stored.stream().map(a -> new AgreedActionTerm(a.actionRef,
                AgreedActionTerm.ActionType.valueOf(a.type), a.period, a.amountPence, a.theme, a.description, a.owner,
                a.conditions, a.personRef,
                a.carerType == null ? null : AgreedActionTerm.CarerType.valueOf(a.carerType))).toList();
    }
}
