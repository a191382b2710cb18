package org.redress.assessments.assessment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.Flag;

/**
 * A flag as the API shows it, on an assessment or on an EHC plan update: what a manager is to look at, about
 * what, from which day. A flag about the case as a whole (a late completion) is about nothing in particular.
 */
@Schema(name = "Flag", description = "Accepted but flagged for a manager to look at, from the day it was raised")
public record FlagView(
        @Schema(description = "Stable code of what was flagged", examples = "need.resource-led-reason") String code,
        @Schema(description = "What it is about: a need code, an assessor, a carer's assessment type, an assessment "
                + "reference; absent when it is about the assessment as a whole (assessment.completed-late)",
                nullable = true, examples = "N1") String about,
        @Schema(description = "The day it was raised: the day its fact happened", examples = "2026-11-20") LocalDate on) {

    public static FlagView of(Flag flag) {
        return new FlagView(flag.code(), flag.about(), flag.on());
    }
}
