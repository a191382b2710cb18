package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where remedy cases are kept. */
public interface RemedyCaseRepository {

    void add(RemedyCase remedyCase);

    Optional<RemedyCase> find(UUID id);

    /** Cases newest decision first, {@code size} at a time; only one complaint's when {@code complaintId} is given. */
    List<RemedyCase> page(UUID complaintId, int page, int size);

    /** How many cases {@link #page} pages through. */
    long count(UUID complaintId);

    /** Whether this complaint decision has already opened a case. */
    boolean existsForDecision(UUID complaintId, RemedySource source, LocalDate decisionDate);

    /**
     * Stores what changed on a case: its actions and timeline (a case not stored yet, just opened,
     * is added). {@code expectedVersion}, when given, is the version the caller read; a case
     * changed since is refused as a concurrent update.
     */
    void save(Change change, Long expectedVersion);

    /** The case's version, for optimistic locking by callers. */
    long version(UUID id);

    /** What happened on a case, oldest first. */
    List<TimelineEntry> timeline(UUID id);

    /** The missed provision case opened for an assessment, if any. */
    Optional<RemedyCase> findForAssessment(UUID assessmentId);

    /** The cases with an open action to put a service in place for this child. */
    List<UUID> withServiceToPutInPlaceFor(String childRef);

    /**
     * Claims up to {@code limit} actions still open after their due date, locking their rows so
     * that a second instance running the same sweep skips them (the overdue-actions sweep's claim).
     * Returns {case id, action id} pairs.
     */
    List<UUID[]> claimOverdue(LocalDate today, int limit);

    /** The next serial number for a remedy case reference (unique across years). */
    long nextReferenceSerial();
}
