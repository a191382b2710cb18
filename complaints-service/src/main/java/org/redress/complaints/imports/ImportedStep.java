package org.redress.complaints.imports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step a case went through in the previous system: a command of the API with its body. */
@Schema(name = "ImportedStep", description = "A command of the API, replayed on the imported complaint as that operation would record it")
public record ImportedStep(
        @NotBlank @Size(max = 64)
        @Schema(required = true, examples = "stage-1.response",
                description = "The operation's path under /complaints/{id}, with dots for slashes: stage-1.response is "
                        + "POST /complaints/{id}/stage-1/response, stage-2.statement is PUT /complaints/{id}/stage-2/statement",
                enumeration = { "routing-override", "out-of-time-decision", "standing-decision", "stage-1.extension",
                        "stage-1.response", "stage-2.request", "stage-2.appointments.investigating-officer",
                        "stage-2.appointments.independent-person", "stage-2.appointments.adjudicating-officer", "stage-2.statement", "stage-2.extension",
                        "stage-2.investigating-officer-report", "stage-2.independent-person-report",
                        "stage-2.adjudication", "stage-3.request", "stage-3.panel", "stage-3.report",
                        "stage-3.response", "holds", "holds.release", "holds.review", "declines", "declines.end", "closure",
                        "ombudsman" })
        String command,
        @NotNull
        @Schema(required = true, examples = "{\"decidedOn\":\"2026-03-27\",\"findings\":[{\"point\":1,\"finding\":\"UPHELD\",\"faultAccepted\":true}]}",
                description = "The request body that operation takes, exactly as its own schema says (dated the day the "
                        + "step happened); at most " + CaseLines.MAX_STEP_BODY_CHARS + " characters")
        JsonNode body) {
}
