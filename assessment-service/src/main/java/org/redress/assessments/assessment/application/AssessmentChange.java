package org.redress.assessments.assessment.application;

import java.util.List;
import java.util.Optional;

import org.redress.contracts.events.RedressEvent;

/**
 * What one change did to an assessment (opened it, recorded work on it, or reported its clock
 * breach) and the events it announces, in the order they are to be published.
 */
public record AssessmentChange(Kind kind, List<RedressEvent> events) {

    /** How the change is stored. */
    public enum Kind {
        OPENED, RECORDED, BREACH_REPORTED
    }

    public AssessmentChange {
        events = List.copyOf(events);
    }

    public static AssessmentChange opened(RedressEvent event) {
        return new AssessmentChange(Kind.OPENED, List.of(event));
    }

    public static AssessmentChange recorded(List<? extends RedressEvent> events) {
        return new AssessmentChange(Kind.RECORDED, List.copyOf(events));
    }

    public static AssessmentChange recorded() {
        return new AssessmentChange(Kind.RECORDED, List.of());
    }

    public static AssessmentChange breachReported(Optional<? extends RedressEvent> breach) {
        return new AssessmentChange(Kind.BREACH_REPORTED, breach.<List<RedressEvent>>map(List::of).orElse(List.of()));
    }
}
