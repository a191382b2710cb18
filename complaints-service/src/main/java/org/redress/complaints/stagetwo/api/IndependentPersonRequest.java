package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StageTwo;
import org.redress.complaints.stagetwo.application.AppointIndependentPerson;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "IndependentPersonRequest", description = "The independent person appointed, with their declaration")
public record IndependentPersonRequest(
        @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE) @Schema(examples = "IP-0042", required = true) String reference,
        @NotNull @HappenedOn @Schema(examples = "2026-11-23", required = true) LocalDate appointedOn,
        @NotNull @Valid @Schema(required = true) IndependenceDeclaration declaration) {
    AppointIndependentPerson command() {
        return new AppointIndependentPerson(new StageTwo.IndependentPerson(reference, appointedOn,
                declaration.declaredOn(), declaration.notMemberOrOfficer(),
                declaration.notSpouseOrPartnerOfMemberOrOfficer()));
    }
}
