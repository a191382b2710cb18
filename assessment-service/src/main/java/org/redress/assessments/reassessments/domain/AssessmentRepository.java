package org.redress.assessments.reassessments.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where assessments are kept. */
public interface AssessmentRepository {

    void add(Assessment assessment);

    Optional<Assessment> find(UUID id);

    /** The assessment a remedy action asked for about this child, if it was already opened. */
    Optional<Assessment> findForRemedyAction(UUID actionId, String childRef);

    /** Assessments newest started first, {@code size} at a time. */
    List<Assessment> page(int page, int size);

    long count();

    /** The next serial number for an assessment reference (unique across years). */
    long nextReferenceSerial();
}
