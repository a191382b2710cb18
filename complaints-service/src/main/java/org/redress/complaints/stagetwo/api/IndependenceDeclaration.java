package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "IndependenceDeclaration", description = "The independent person's declaration (Regs 2006 reg 17(2))")
public record IndependenceDeclaration(
        @HappenedOn @Schema(description = "When it was signed; required", examples = "2026-11-23", required = true) LocalDate declaredOn,
        @Schema(description = "Not a member or officer of the council", examples = "true", required = true) boolean notMemberOrOfficer,
        @Schema(description = "Not the spouse or civil partner of a member or officer", examples = "true", required = true) boolean notSpouseOrPartnerOfMemberOrOfficer) {
}
