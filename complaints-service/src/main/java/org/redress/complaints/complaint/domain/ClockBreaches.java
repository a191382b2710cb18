package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.statutorytime.ClockSnapshot;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;

/**
 * The rule that every breach of a complaint's clocks is announced, and announced once (DOMAIN §1),
 * with the day each was announced. Whichever comes first announces it: the breach sweep, finding a
 * running clock overdue; or the step that stops a clock after its due date with no sweep in between
 * (a response recorded late), which announces it with the step. The other then finds it announced
 * and stays silent, so other systems and the breach figures learn of every breach, and of each once.
 *
 * <p>Either way the breach is dated as the sweep dates it when it runs on time: the day after the
 * due date, when the clock became overdue, not the day the late step was recorded.
 */
final class ClockBreaches {

    /** The timeline line of an announced breach. */
    static final String BREACHED = "clock.breached";

    private final Complaint complaint;
    private final Map<ClockKind, LocalDate> announcedOn;
    /** Breaches of clocks the current command stopped late, announced with that command's change. */
    private final List<ClockBreached> foundByStopping = new ArrayList<>();

    ClockBreaches(Complaint complaint, Map<ClockKind, LocalDate> announcedOn) {
        this.complaint = complaint;
        this.announcedOn = announcedOn.isEmpty() ? new EnumMap<>(ClockKind.class) : new EnumMap<>(announcedOn);
    }

    /** The breach of a running {@code clock} overdue on {@code today}, announced or not. */
    Optional<ClockBreached> overdue(ClockKind kind, StatutoryClock clock, LocalDate today) {
        if (clock == null || today.isBefore(clock.start())) {
            return Optional.empty();
        }
        ClockSnapshot snapshot = clock.snapshotOn(today);
        if (snapshot.state() != ClockState.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(breach(kind, clock, snapshot.effectiveDueDate(), today));
    }

    /** The sweep's announcement, on {@code today}, of {@code kind}'s breach: overdue and not yet announced. */
    Optional<Change> announceOverdue(ClockKind kind, StatutoryClock clock, LocalDate today) {
        if (announcedOn.containsKey(kind)) {
            return Optional.empty();
        }
        return overdue(kind, clock, today).map(breach -> {
            announcedOn.put(kind, today);
            return Change.announcing(breach, note(breach));
        });
    }

    /**
     * {@code kind} was just stopped as {@code stopped}: if it ended MISSED and its breach was never
     * announced, the breach is announced on {@code today} with the step that stopped it, dated the
     * day after the due date (DOMAIN §1: overdue from the day after the due date).
     */
    void stopped(ClockKind kind, StatutoryClock stopped, LocalDate today) {
        LocalDate stoppedOn = stopped.stoppedOn().orElseThrow();
        ClockSnapshot snapshot = stopped.snapshotOn(stoppedOn);
        if (snapshot.state() != ClockState.MISSED || announcedOn.containsKey(kind)) {
            return;
        }
        announcedOn.put(kind, today);
        LocalDate due = snapshot.effectiveDueDate();
        foundByStopping.add(breach(kind, stopped, due, due.plusDays(1)));
    }

    /**
     * {@code change} with the breaches its command found by stopping clocks late put first, event and
     * timeline line each: the breach happened before the late step that reveals it.
     */
    Change announceFound(Change change) {
        if (foundByStopping.isEmpty()) {
            return change;
        }
        List<ComplaintEvent> events = new ArrayList<>(foundByStopping);
        events.addAll(change.events());
        List<TimelineNote> notes = new ArrayList<>(foundByStopping.stream().map(ClockBreaches::note).toList());
        notes.addAll(change.notes());
        foundByStopping.clear();
        return new Change(events, notes);
    }

    /** Whether a clock was stopped late and its breach not yet put into the change that stopped it. */
    boolean foundUnannounced() {
        return !foundByStopping.isEmpty();
    }

    /** The day each announced breach was announced. */
    Map<ClockKind, LocalDate> announcedOn() {
        return announcedOn.isEmpty() ? Map.of() : new EnumMap<>(announcedOn);
    }

    private ClockBreached breach(ClockKind kind, StatutoryClock clock, LocalDate due, LocalDate breachedOn) {
        return new ClockBreached(complaint.id(), complaint.reference().toString(), kind.name(), clock.start(), due,
                breachedOn);
    }

    /** The breach in words, dated the day it happened: the first day after the due date. */
    private static TimelineNote note(ClockBreached breach) {
        return new TimelineNote(BREACHED, "the " + TimelineNote.words(ClockKind.valueOf(breach.clock()))
                + " clock passed its due date of " + breach.dueDate(), breach.breachedOn());
    }
}
