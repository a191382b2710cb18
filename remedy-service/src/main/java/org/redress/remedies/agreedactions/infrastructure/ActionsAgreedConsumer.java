package org.redress.remedies.agreedactions.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.EventType;
import org.redress.remedies.remedycases.application.OpeningRemedyCase;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.CarerType;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.servicekit.inbox.EventValues;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Listens to complaints-service and opens, once per event, a remedy case for each decision that
 * agreed actions, each action with the description, owner and conditions the decision recorded
 * (bounded by the domain's {@code ActionTermsPolicy} as the HTTP edge bounds them). A redelivered event is dropped by its {@code ce_id}; the same decision sent again
 * under a new id is refused by the one-case-per-decision rule (and the table's unique constraint), and
 * dead-lettered like an event whose values lie outside the bounds the HTTP edge uses.
 */
@ApplicationScoped
public class ActionsAgreedConsumer {

    static final String CONSUMER = "remedies.actions-agreed";
    /** The only events this consumer acts on; the others are passed over before any transaction. */
    static final Set<EventType> HANDLED = Set.of(EventType.COMPLAINT_ACTIONS_AGREED);
    private static final Logger LOG = Logger.getLogger(ActionsAgreedConsumer.class);

    private final IdempotentConsumer idempotentConsumer;
    private final OpeningRemedyCase opening;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ActionsAgreedConsumer(IdempotentConsumer idempotentConsumer, OpeningRemedyCase opening,
            ObjectMapper objectMapper, Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.opening = opening;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Incoming("complaint-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, HANDLED, this::apply);
    }

    private void apply(InboundEvent event) {
        ActionsAgreed agreed = checked(event.payload(objectMapper, ActionsAgreed.class));
        var remedyCase = opening.open(toNewRemedyCase(agreed));
        LOG.infof("remedy case %s opened for complaint %s from event %s", remedyCase.reference(),
                agreed.complaintReference(), event.id());
    }

    private ActionsAgreed checked(ActionsAgreed agreed) {
        EventValues values = EventValues.on(LocalDate.now(clock))
                .present("complaintId", agreed.complaintId())
                .reference("complaintReference", agreed.complaintReference())
                .code("source", agreed.source())
                .date("decisionDate", agreed.decisionDate())
                .references("childReferences", agreed.childReferences())
                .list("actions", agreed.actions());
        for (int i = 0; i < agreed.actions().size(); i++) {
            ActionsAgreed.AgreedAction action = agreed.actions().get(i);
            String at = "actions[" + i + "].";
            values.reference(at + "actionRef", action.actionRef())
                    .code(at + "type", action.type())
                    .period(at + "period", action.period())
                    .optionalAmount(at + "amountPence", action.amountPence())
                    .optionalCode(at + "theme", action.theme())
                    .optionalReference(at + "personRef", action.personRef())
                    .optionalCode(at + "carerType", action.carerType())
                    .list(at + "conditions", action.conditions());
        }
        return agreed;
    }

    private static NewRemedyCase toNewRemedyCase(ActionsAgreed agreed) {
        List<AgreedActionTerms> terms = new ArrayList<>();
        for (int i = 0; i < agreed.actions().size(); i++) {
            ActionsAgreed.AgreedAction action = agreed.actions().get(i);
            // in the decision's own words where the event gives them: an event from before they were carried
            // has no description or owner (null) and no conditions (empty), as an action agreed without them
            terms.add(new AgreedActionTerms(action.actionRef(),
                    ActionType.fromCode(action.type(), "actions[" + i + "].type"), action.period(),
                    action.amountPence(), action.theme(), action.description(), action.owner(), action.conditions(),
                    action.personRef(), CarerType.fromCode(action.carerType(), "actions[" + i + "].carerType")));
        }
        return new NewRemedyCase(RemedySource.fromCode(agreed.source()), agreed.complaintId(),
                agreed.complaintReference(), agreed.decisionDate(), agreed.childReferences(), terms);
    }
}
