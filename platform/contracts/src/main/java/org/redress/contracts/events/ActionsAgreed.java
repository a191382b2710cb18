package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision on a complaint (a stage response, adjudication, panel response or Ombudsman
 * decision) agreed actions; remedy-service opens or extends a remedy case from it.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param source             where the actions were agreed: {@code STAGE_1}, {@code STAGE_2},
 *                           {@code STAGE_3} or {@code OMBUDSMAN}
 * @param decisionDate       the date of the decision; agreed periods run from it
 * @param childReferences    the council's record references of the children concerned
 * @param actions            the agreed actions
 */
public record ActionsAgreed(UUID complaintId, String complaintReference, String source, LocalDate decisionDate,
        List<String> childReferences, List<AgreedAction> actions) implements ComplaintEvent {

    public ActionsAgreed {
        childReferences = List.copyOf(childReferences);
        actions = List.copyOf(actions);
    }

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }

    /**
     * One agreed action, as the decision worded it.
     *
     * @param actionRef   the decision's own number for the action, e.g. {@code A1}
     * @param type        e.g. {@code APOLOGY}, {@code PAYMENT}, {@code REASSESSMENT}, {@code CARERS_ASSESSMENT},
     *                    {@code CONSIDER_FINANCIAL_REMEDY}, {@code PUT_SERVICE_IN_PLACE}, {@code SERVICE_IMPROVEMENT}
     * @param period      the agreed period as ISO-8601, e.g. {@code P4W}, {@code P1M}, {@code P3M}
     * @param amountPence for payments, the agreed amount in pence; otherwise {@code null}
     * @param theme       for service improvements, the learning theme code; otherwise {@code null}
     * @param description the action in the decision's words, or {@code null} when it gave none
     * @param owner       who is to carry it out (a team or role), or {@code null} when not named
     * @param conditions  conditions the action is to be carried out under (for a reassessment, e.g.
     *                    "keep the children's contact with professionals to a minimum"); empty when none
     * @param personRef   the council's record reference of the person the action is for: the carer to be
     *                    assessed ({@code CARERS_ASSESSMENT}) or the child a service is to be put in place for
     *                    ({@code PUT_SERVICE_IN_PLACE}); {@code null} for every other type and in events
     *                    published before it was carried
     * @param carerType   for a carer's assessment, {@code PARENT_CARER} (Children Act 1989 s17ZD) or
     *                    {@code YOUNG_CARER} (s17ZA); otherwise {@code null}
     */
    public record AgreedAction(String actionRef, String type, String period, Long amountPence, String theme,
            String description, String owner, List<String> conditions, String personRef, String carerType) {

        public AgreedAction {
            conditions = conditions == null ? List.of() : List.copyOf(conditions); // absent from earlier events
        }

        /** An action that is for no one person: every type but a carer's assessment and a service to put in place. */
        public AgreedAction(String actionRef, String type, String period, Long amountPence, String theme,
                String description, String owner, List<String> conditions) {
            this(actionRef, type, period, amountPence, theme, description, owner, conditions, null, null);
        }
    }
}
