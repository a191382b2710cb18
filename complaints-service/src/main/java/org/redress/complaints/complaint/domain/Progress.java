package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redress.statutorytime.StatutoryClock;

/**
 * Everything a complaint has gathered since intake, as stored: its state, routing, intake
 * decisions, stage records, holds, declines, flags, closure and clocks. The aggregate changes it
 * only through its commands.
 *
 * @param breachesAnnounced the day each clock's breach was announced, for the clocks whose breach was
 * @param version the stored version, checked on save (optimistic locking)
 */
public record Progress(ComplaintState state, Routing routing, OutOfTimeDecision outOfTime, StandingDecision standing,
        StageOneExtension stageOneExtension, StageDecision stageOneResponse, StageTwo stageTwo, StageThree stageThree,
        OmbudsmanDecision ombudsman, List<Hold> holds, List<Decline> declines,
        List<Flag> flags, Closure closure, Map<ClockKind, StatutoryClock> clocks,
        Map<ClockKind, LocalDate> breachesAnnounced, long version) {

    public Progress {
        holds = List.copyOf(holds);
        declines = List.copyOf(declines);
        flags = List.copyOf(flags);
        clocks = clocks.isEmpty() ? new EnumMap<>(ClockKind.class) : new EnumMap<>(clocks);
        breachesAnnounced = Map.copyOf(breachesAnnounced);
    }

    /** A new complaint's progress: nothing recorded yet but its state, routing and first clock. */
    static Progress atIntake(ComplaintState state, Routing routing, Map<ClockKind, StatutoryClock> clocks) {
        return new Progress(state, routing, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                null, clocks, Map.of(), 0);
    }
}
