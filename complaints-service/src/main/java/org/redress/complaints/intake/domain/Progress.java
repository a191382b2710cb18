package org.redress.complaints.intake.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redress.statutorytime.StatutoryClock;

/**
 * Everything a complaint has gathered since intake, as stored: its state, routing, stage records,
 * holds, flags, closure and clocks. The aggregate changes it only through its commands.
 *
 * @param version the stored version, checked on save (optimistic locking)
 */
public record Progress(ComplaintState state, Routing routing, OutOfTimeDecision outOfTime,
        StageOneExtension stageOneExtension, StageDecision stageOneResponse, StageTwo stageTwo, StageThree stageThree,
        OmbudsmanDecision ombudsman, List<Hold> holds,
        List<Flag> flags, Closure closure, Map<ClockKind, StatutoryClock> clocks, long version) {

    public Progress {
        holds = List.copyOf(holds);
        flags = List.copyOf(flags);
        clocks = clocks.isEmpty() ? new EnumMap<>(ClockKind.class) : new EnumMap<>(clocks);
    }
}
