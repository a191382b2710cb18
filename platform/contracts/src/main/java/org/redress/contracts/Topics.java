package org.redress.contracts;

import java.util.List;
import java.util.stream.Stream;

/**
 * Kafka topic names. One topic per owning service; the record key is the aggregate id
 * (complaint, assessment or remedy case) so that one aggregate's events stay in order.
 *
 * <p>Each consuming channel also has a dead-letter topic, named {@code <topic>.<consuming service>.dlq}:
 * an event that consumer could not apply is written there (with the reason in a
 * {@code dead-letter-reason} header) so that the consumer goes on with the next event, and an
 * operator can see whose consumer refused what, and replay it once the cause is fixed.
 */
public final class Topics {

    public static final String COMPLAINTS = "redress.complaints.v1";
    public static final String ASSESSMENTS = "redress.assessments.v1";
    public static final String REMEDIES = "redress.remedies.v1";

    /** Complaint events remedy-service could not apply (agreed actions). */
    public static final String COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE = COMPLAINTS + ".remedy-service.dlq";
    /** Assessment events remedy-service could not apply (completed reassessments, missed provision). */
    public static final String ASSESSMENTS_DEAD_LETTERS_OF_REMEDY_SERVICE = ASSESSMENTS + ".remedy-service.dlq";
    /** Remedy events complaints-service could not apply (remedy progress). */
    public static final String REMEDIES_DEAD_LETTERS_OF_COMPLAINTS_SERVICE = REMEDIES + ".complaints-service.dlq";
    /** Remedy events assessment-service could not apply (reassessment requests). */
    public static final String REMEDIES_DEAD_LETTERS_OF_ASSESSMENT_SERVICE = REMEDIES + ".assessment-service.dlq";

    /** The event topics, one per owning service. */
    public static final List<String> EVENTS = List.of(COMPLAINTS, ASSESSMENTS, REMEDIES);

    /** The dead-letter topics, one per consuming channel. */
    public static final List<String> DEAD_LETTERS = List.of(COMPLAINTS_DEAD_LETTERS_OF_REMEDY_SERVICE,
            ASSESSMENTS_DEAD_LETTERS_OF_REMEDY_SERVICE, REMEDIES_DEAD_LETTERS_OF_COMPLAINTS_SERVICE,
            REMEDIES_DEAD_LETTERS_OF_ASSESSMENT_SERVICE);

    /** Every topic the suite uses, for brokers and test kits that create them up front. */
    public static final List<String> ALL = Stream.concat(EVENTS.stream(), DEAD_LETTERS.stream()).toList();

    private Topics() {
    }
}
