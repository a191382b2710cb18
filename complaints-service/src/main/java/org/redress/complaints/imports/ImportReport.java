package org.redress.complaints.imports;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.servicekit.problem.ProblemDetail;

/** What became of each line of an import file. */
@Schema(name = "ImportReport", description = "Each case of the file imported or refused, by line number")
public record ImportReport(
        @Schema(description = "Cases in the file (its lines that are not blank)", examples = "300") int received,
        @Schema(description = "Cases imported", examples = "285") int imported,
        @Schema(description = "Cases refused: nothing of them was stored", examples = "15") int refused,
        List<ImportedLine> importedLines,
        List<RefusedLine> refusedLines) {

    /** A case imported: the line it was on and the complaint it became. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportedLine(
            @Schema(description = "Line number in the file, from 1", examples = "1") int line,
            @Schema(description = "The case's previous reference; absent when the line gave none", examples = "OLD-2026-0412", nullable = true) String previousReference,
            @Schema(examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID id,
            @Schema(examples = "CMP-2026-000123-3") String reference) {
    }

    /** A case refused, with the problem the API would have answered for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RefusedLine(
            @Schema(description = "Line number in the file, from 1", examples = "2") int line,
            @Schema(description = "The case's previous reference, when the line gave a valid one", examples = "OLD-2026-0413", nullable = true) String previousReference,
            @Schema(description = "The step refused, numbered from 1 in the line's steps; absent when the registration or the line itself was refused", examples = "3", nullable = true) Integer step,
            @Schema(description = "The command of that step; absent when no one step was refused, or its command is not one the import knows", examples = "stage-1.response", nullable = true) String command,
            @Schema(description = "Why; field is the path in the line, e.g. steps[2].body.decidedOn") ProblemDetail problem) {
    }
}
