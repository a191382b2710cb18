package org.redress.contracts;

import java.util.List;

/**
 * Kafka topic names. One topic per owning service; the record key is the aggregate id
 * (complaint, assessment or remedy case) so that one aggregate's events stay in order.
 */
public final class Topics {

    public static final String COMPLAINTS = "redress.complaints.v1";
    public static final String ASSESSMENTS = "redress.assessments.v1";
    public static final String REMEDIES = "redress.remedies.v1";

    /** Every topic the suite uses, for brokers and test kits that create them up front. */
    public static final List<String> ALL = List.of(COMPLAINTS, ASSESSMENTS, REMEDIES);

    private Topics() {
    }
}
