package org.redress.complaints.reading;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.AgreedActionTerm.ActionType;
import org.redress.complaints.complaint.domain.AgreedActionTerm.CarerType;

/** One action the council agreed, as the API shows it: only a payment has an amount, only a service improvement a theme. */
@Schema(name = "AgreedActionTerm")
public record AgreedActionView(
        String actionRef,
        ActionType type,
        String period,
        @Schema(description = "Present for a payment only", nullable = true) Long amountPence,
        @Schema(description = "Present for a service improvement only", nullable = true) String theme,
        @Schema(description = "Absent when the decision gave no words of its own", nullable = true) String description,
        @Schema(description = "Absent when the decision named no team or role", nullable = true) String owner,
        List<String> conditions,
        @Schema(description = "Present for a carer's assessment or a service put in place for a child", nullable = true)
        String personRef,
        @Schema(description = "Present for a carer's assessment, when given", nullable = true) CarerType carerType) {

    static List<AgreedActionView> of(List<AgreedActionTerm> actions) {
        return actions.stream().map(a -> new AgreedActionView(a.actionRef(), a.type(), a.period(), a.amountPence(),
                a.theme(), a.description(), a.owner(), a.conditions(), a.personRef(), a.carerType())).toList();
    }
}
