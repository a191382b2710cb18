package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where complaints are kept. */
public interface ComplaintRepository {

    void add(Complaint complaint);

    Optional<Complaint> find(UUID id);

    /**
     * Saves a changed complaint; a complaint changed by someone else since it was read is refused (409).
     * Returns the version now stored, the one an answer carrying the complaint shows as its ETag.
     */
    long save(Complaint complaint);

    /** Complaints newest first, {@code size} at a time. */
    List<Complaint> page(int page, int size);

    long total();

    /** The work queue: complaints matching {@code filter}, soonest running clock due first. */
    List<Complaint> queue(WorkQueueFilter filter, LocalDate today, int page, int size);

    long queueTotal(WorkQueueFilter filter, LocalDate today);

    /**
     * The complaints that may have been in the {@code clock} queue at the end of a past {@code day}: every one
     * with a clock open then that could have been overdue (or due soon) by then, as stored today; reading each
     * {@link Complaint#asOf} that day tells which were.
     */
    List<Complaint> queueCandidatesAsOf(QueueClock clock, LocalDate day);

    /** The next serial number for a complaint reference (unique across years). */
    long nextReferenceSerial();

    /**
     * Running clocks whose due date passed before {@code today} and whose breach was not yet
     * announced, locked for this transaction; rows another instance holds are skipped.
     */
    List<ClockRef> claimOverdueClocks(LocalDate today, int limit);

    /**
     * Marks the clock's breach announced on {@code on}, in the transaction that writes its event;
     * false when it was announced already (by another transaction that got there first).
     */
    boolean markBreachReported(ClockRef clock, LocalDate on);

    /** One clock of one complaint. */
    record ClockRef(UUID complaintId, ClockKind kind) {
    }

    /** Filters of the work queue; null means any. */
    /** What the work queue shows: a stage, state and clock when given, and only the complaints in {@code scope}. */
    record WorkQueueFilter(ComplaintState.Stage stage, ComplaintState state, QueueClock clock, ComplaintScope scope) {
    }

    /** The clock states the work queue filters by. */
    enum QueueClock {
        OVERDUE, DUE_SOON
    }
}
