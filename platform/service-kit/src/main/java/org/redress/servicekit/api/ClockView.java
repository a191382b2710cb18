package org.redress.servicekit.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.statutorytime.ClockSnapshot;

/** How every API response shows a statutory clock: its due date and its state, always. */
@Schema(name = "Clock", description = "A statutory clock as it stands today")
public record ClockView(
        @Schema(description = "Day 0 of the clock", examples = "2026-11-02") LocalDate start,
        @Schema(description = "Due date under the ordinary limit, moved by paused working days", examples = "2026-11-16") LocalDate dueDate,
        @Schema(description = "Due date under the extended limit, if extended", examples = "2026-11-30", nullable = true) LocalDate extendedDueDate,
        @Schema(description = "Working days used", examples = "4") int daysUsed,
        @Schema(description = "Working days left (negative when overdue)", examples = "6") int daysLeft,
        @Schema(description = "Where the clock stands", examples = "ON_TRACK",
                enumeration = { "ON_TRACK", "DUE_SOON", "OVERDUE", "PAUSED", "MET", "MISSED" }) String state) {

    public static ClockView of(ClockSnapshot snapshot) {
        return new ClockView(snapshot.start(), snapshot.dueDate(), snapshot.extendedDueDate(), snapshot.daysUsed(),
                snapshot.daysLeft(), snapshot.state().name());
    }
}
