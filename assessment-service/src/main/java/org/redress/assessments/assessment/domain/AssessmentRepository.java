package org.redress.assessments.assessment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where assessments are kept. */
public interface AssessmentRepository {

    void add(Assessment assessment);

    Optional<Assessment> find(UUID id);

    /** Saves what was recorded on an assessment; a concurrent change to it is refused. */
    void update(Assessment assessment);

    /** The stored version of the assessment, its ETag. */
    Optional<Long> versionOf(UUID id);

    /** Open assessments in {@code scope} past their due date on {@code today}, most overdue first. */
    List<Assessment> overdue(AssessmentScope scope, java.time.LocalDate today, int page, int size);

    long countOverdue(AssessmentScope scope, java.time.LocalDate today);

    /**
     * The assessments in {@code scope} open and past their due date at the end of {@code day} (started by then and completed after
     * it or not at all), most overdue first, as stored now: read each {@link Assessment#asOf} the day.
     */
    List<Assessment> overdueAsOf(AssessmentScope scope, java.time.LocalDate day, int page, int size);

    long countOverdueAsOf(AssessmentScope scope, java.time.LocalDate day);

    /** Assessments in {@code scope} whose child in need plan's next review is past due on {@code today}, most overdue first. */
    List<Assessment> overduePlanReviews(AssessmentScope scope, java.time.LocalDate today, int page, int size);

    long countOverduePlanReviews(AssessmentScope scope, java.time.LocalDate today);

    /** The assessment a remedy action asked for about this child, if it was already opened. */
    Optional<Assessment> findForRemedyAction(UUID actionId, String childRef);

    /** The id of the assessment of {@code type} already opened for the referral, if there is one. */
    Optional<UUID> idForReferral(UUID referralId, AssessmentType type);

    /** The child's assessments not yet completed. */
    List<Assessment> openForChild(String childRef);

    /** Every assessment of the child, open or completed. */
    List<Assessment> forChild(String childRef);

    /**
     * Claims, until the end of the transaction, up to {@code limit} open assessments past their due
     * date on {@code today} whose breach is not yet reported, skipping any another transaction holds.
     */
    List<Assessment> claimOverdueUnreported(java.time.LocalDate today, int limit);

    /** Records that the assessment's clock breach was reported (in the transaction of its event). */
    void markBreachReported(UUID id);

    /** Assessments in {@code scope} newest started first, {@code size} at a time. */
    List<Assessment> page(AssessmentScope scope, int page, int size);

    long count(AssessmentScope scope);

    /** The next serial number for an assessment reference (unique across years). */
    long nextReferenceSerial();
}
