package org.redress.remedies.assessmentoutcomes.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.contracts.events.AssessmentCompleted;
import org.redress.contracts.events.EventType;
import org.redress.contracts.events.MissedProvisionRecorded;
import org.redress.contracts.events.ProvisionStarted;
import org.redress.remedies.assessmentoutcomes.application.CompletingReassessment;
import org.redress.remedies.assessmentoutcomes.application.CompletingServiceInPlace;
import org.redress.remedies.assessmentoutcomes.application.RecordingMissedProvision;
import org.redress.remedies.calculations.domain.Breakdowns;
import org.redress.remedies.calculations.domain.Money;
import org.redress.remedies.calculations.domain.MissedProvisionCalculation;
import org.redress.remedies.calculations.domain.ProvisionRate;
import org.redress.servicekit.inbox.EventValues;
import org.redress.servicekit.inbox.IdempotentConsumer;
import org.redress.servicekit.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Listens to assessment-service. Each event has its effect once: a redelivery is dropped by its
 * {@code ce_id}; the same outcome re-sent under a new id is recognised by the use case
 * (an assessment already counted, a provision already on the case). Values are checked against the
 * bounds the HTTP edge uses before anything is computed from them: an implausible one dead-letters the event.
 */
@ApplicationScoped
public class AssessmentOutcomesConsumer {

    static final String CONSUMER = "remedies.assessment-outcomes";
    /** The only events this consumer acts on; the others are passed over before any transaction. */
    static final Set<EventType> HANDLED = Set.of(EventType.ASSESSMENT_COMPLETED, EventType.MISSED_PROVISION_RECORDED,
            EventType.PROVISION_STARTED);
    private static final Logger LOG = Logger.getLogger(AssessmentOutcomesConsumer.class);

    private final IdempotentConsumer idempotentConsumer;
    private final CompletingReassessment reassessments;
    private final RecordingMissedProvision missedProvision;
    private final CompletingServiceInPlace servicesInPlace;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public AssessmentOutcomesConsumer(IdempotentConsumer idempotentConsumer, CompletingReassessment reassessments,
            RecordingMissedProvision missedProvision, CompletingServiceInPlace servicesInPlace, ObjectMapper objectMapper,
            Clock clock) {
        this.servicesInPlace = servicesInPlace;
        this.idempotentConsumer = idempotentConsumer;
        this.reassessments = reassessments;
        this.missedProvision = missedProvision;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Incoming("assessment-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        idempotentConsumer.handle(CONSUMER, record, HANDLED, this::apply);
    }

    private void apply(InboundEvent event) {
        if (EventType.ASSESSMENT_COMPLETED.ceType().equals(event.type())) {
            AssessmentCompleted completed = checked(event.payload(objectMapper, AssessmentCompleted.class));
            if (completed.remedyActionId() != null && completed.remedyCaseId() != null) {
                reassessments.completed(completed.remedyCaseId(), completed.remedyActionId(), completed.reference(),
                        completed.completedDate());
            }
        } else if (EventType.MISSED_PROVISION_RECORDED.ceType().equals(event.type())) {
            record(checked(event.payload(objectMapper, MissedProvisionRecorded.class)));
        } else if (EventType.PROVISION_STARTED.ceType().equals(event.type())) {
            ProvisionStarted started = checked(event.payload(objectMapper, ProvisionStarted.class));
            servicesInPlace.provisionStarted(started.childRef(), started.provisionId(), started.startedOn());
        }
    }

    private AssessmentCompleted checked(AssessmentCompleted completed) {
        EventValues.on(LocalDate.now(clock))
                .present("assessmentId", completed.assessmentId())
                .reference("reference", completed.reference())
                .reference("childRef", completed.childRef())
                .code("assessmentType", completed.assessmentType())
                .date("completedDate", completed.completedDate())
                .date("dueDate", completed.dueDate())
                .count("eligibleNeeds", completed.eligibleNeeds())
                .count("metNeeds", completed.metNeeds())
                .count("unmetNeeds", completed.unmetNeeds());
        return completed;
    }

    private ProvisionStarted checked(ProvisionStarted started) {
        EventValues.on(LocalDate.now(clock))
                .present("assessmentId", started.assessmentId())
                .present("provisionId", started.provisionId())
                .reference("reference", started.reference())
                .reference("childRef", started.childRef())
                .optionalCode("provisionKind", started.provisionKind())
                .date("startedOn", started.startedOn());
        return started;
    }

    private MissedProvisionRecorded checked(MissedProvisionRecorded missed) {
        EventValues.on(LocalDate.now(clock))
                .present("assessmentId", missed.assessmentId())
                .present("provisionId", missed.provisionId())
                .reference("reference", missed.reference())
                .reference("childRef", missed.childRef())
                .code("provisionKind", missed.provisionKind())
                .amount("weeklyAmountPence", missed.weeklyAmountPence())
                .dates("missedFrom", missed.missedFrom(), "missedTo", missed.missedTo());
        return missed;
    }

    /**
     * The day the provision started: the event carries the missed period, whose last day is by its
     * contract the day before the provision started.
     */
    static LocalDate startedOn(MissedProvisionRecorded missed) {
        return missed.missedTo().plusDays(1);
    }

    private void record(MissedProvisionRecorded missed) {
        var calculation = MissedProvisionCalculation.of(new ProvisionRate.Weekly(Money.ofPence(missed.weeklyAmountPence())),
                missed.missedFrom(), missed.missedTo(), Money.ZERO);
        var remedyCase = missedProvision.record(missed.assessmentId(), missed.childRef(), missed.provisionId(),
                startedOn(missed), calculation.amountDue().pence(), Breakdowns.of(calculation));
        LOG.infof("remedy case %s: missed provision %s of %s computed from assessment %s", remedyCase.reference(),
                missed.provisionId(), calculation.amountDue(), missed.reference());
    }
}
