package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintRepository.QueueClock;
import org.redress.complaints.complaint.domain.ComplaintRepository.WorkQueueFilter;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.api.AsOf;
import org.redress.servicekit.api.PageView;
import org.redress.statutorytime.ClockSnapshot;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The work queue as it stood at the end of a past day: the complaints whose clock was open and overdue (or due
 * soon) that day, in the stage and state they were in then, soonest due first, each shown as of that day. The
 * stored due dates and states are today's, so each complaint that could have been in it is read as of the day
 * ({@link Complaint#asOf}) and kept when it was; the candidates come from the clock indexes, so the cost is the
 * clocks open then and no more. Only the overdue and due-soon queues can be read as of a past day: the whole
 * queue of that day would be every complaint ever received.
 */
@ApplicationScoped
public class WorkQueueAsOf {

    private final ComplaintRepository complaints;
    private final WorkingDayCalendar calendar;

    public WorkQueueAsOf(ComplaintRepository complaints, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.calendar = calendar;
    }

    /** One complaint in the queue that day, and its earliest due date among the clocks that put it there. */
    private record Queued(Complaint complaint, LocalDate due) {
    }

    public PageView<ComplaintView> page(WorkQueueFilter filter, LocalDate day, int page, int size) {
        if (filter.clock() == null) {
            throw new RuleViolation("queue.as-of-needs-clock", ProblemKind.BAD_REQUEST, AsOf.PARAMETER,
                    "a queue as of a past day is the OVERDUE or DUE_SOON queue: give clock as well as asOf");
        }
        List<Queued> queued = complaints.queueCandidatesAsOf(filter.clock(), day).stream()
                .filter(filter.scope()::includes)
                .map(complaint -> complaint.asOf(day, calendar))
                .filter(complaint -> filter.state() == null || complaint.state() == filter.state())
                .filter(complaint -> filter.stage() == null || complaint.state().stage() == filter.stage())
                .flatMap(complaint -> earliestDue(complaint, filter.clock(), day).map(due -> new Queued(complaint, due))
                        .stream())
                .sorted(Comparator.comparing(Queued::due)
                        .thenComparing(q -> q.complaint().details().receivedDate())
                        .thenComparing(q -> q.complaint().id()))
                .toList();
        List<ComplaintView> items = queued.stream().skip((long) page * size).limit(size)
                .map(q -> ComplaintView.of(q.complaint(), day)).toList();
        return new PageView<>(items, page, size, queued.size());
    }

    /** The earliest due date of the complaint's clocks that were in {@code clock}'s state at the end of {@code day}. */
    private static Optional<LocalDate> earliestDue(Complaint complaint, QueueClock clock, LocalDate day) {
        ClockState wanted = clock == QueueClock.OVERDUE ? ClockState.OVERDUE : ClockState.DUE_SOON;
        return complaint.clocks().values().stream().map(c -> c.snapshotOn(day))
                .filter(snapshot -> snapshot.state() == wanted).map(ClockSnapshot::effectiveDueDate)
                .min(Comparator.naturalOrder());
    }
}
