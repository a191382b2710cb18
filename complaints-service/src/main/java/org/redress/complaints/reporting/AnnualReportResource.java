package org.redress.complaints.reporting;

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
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.validation.CaseDate;

/** The annual report over HTTP. */
@Path("/reports/annual")
@Tag(name = "Reports", description = "What a council publishes about its complaints procedure")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    private final AnnualReportQuery query;
    private final java.time.Clock clock;

    public AnnualReportResource(AnnualReportQuery query, java.time.Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getAnnualReport", summary = "The annual report's figures for a period",
            description = "Complaints received, by procedure and current state; per stage the answers given in the period, "
                    + "how many within timescale with and without extension, extensions, average working days and "
                    + "findings; holds, out-of-time decisions and closures; stage 2 progression (average working days from "
                    + "request to agreed statement, progression clocks breached); standing decisions; complaints declined "
                    + "pending proceedings; the Ombudsman's referrals, early referrals, decisions by how the complaint came to the Ombudsman, findings and agreed actions; and "
                    + "the actions agreed in the period by kind; every flag raised in the period by code, resolved since or "
                    + "not. Computed by SQL aggregation.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)))
    @APIResponse(responseCode = "400", description = "A date is missing, malformed or outside 2000-01-01 to ten years ahead")
    @APIResponse(responseCode = "422", description = "The period ends before it starts")
    public AnnualReport get(
            @QueryParam("from") @NotNull @CaseDate @Parameter(description = "First day of the period", example = "2026-04-01") LocalDate from,
            @QueryParam("to") @NotNull @CaseDate @Parameter(description = "Last day of the period", example = "2027-03-31") LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolation("report.period-backwards", ProblemKind.UNPROCESSABLE, "to", "the period ends before it starts");
        }
        return query.between(from, to, LocalDate.now(clock));
    }
}
