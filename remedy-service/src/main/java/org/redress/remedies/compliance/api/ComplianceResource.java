package org.redress.remedies.compliance.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.compliance.domain.ComplianceQueries;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.validation.CaseDate;

/** The compliance report over HTTP. */
@Path("/compliance")
@Tag(name = "Compliance", description = "Whether agreed remedies were done on time")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    private final ComplianceQueries queries;
    private final Clock clock;

    public ComplianceResource(ComplianceQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCompliance", summary = "Actions due in a period: on time, late, overdue, by type and source",
            description = "Counts the actions whose due date falls in the period, as they stand today, and the Ombudsman "
                    + "compliance rate (Ombudsman actions fallen due that were completed on time).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "400", description = "A date is missing or malformed")
    @APIResponse(responseCode = "422", description = "The period ends before it starts")
    public ComplianceView report(
            @QueryParam("from") @NotNull @CaseDate @Parameter(description = "First due date counted, from 2000-01-01", example = "2026-01-01") LocalDate from,
            @QueryParam("to") @NotNull @CaseDate @Parameter(description = "Last due date counted, at most 10 years ahead", example = "2026-03-31") LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolation("compliance.period-reversed", ProblemKind.UNPROCESSABLE, "to",
                    "to " + to + " is before from " + from);
        }
        return ComplianceView.of(queries.report(from, to, LocalDate.now(clock)));
    }
}
