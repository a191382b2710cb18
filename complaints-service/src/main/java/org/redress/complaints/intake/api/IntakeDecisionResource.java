package org.redress.complaints.intake.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.intake.application.DecidingOutOfTime;
import org.redress.complaints.intake.application.OverridingRouting;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * Intake's own decisions over HTTP: overriding the proposed procedure and deciding a complaint made
 * out of time. Each operation answers with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeDecisionResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final OverridingRouting overridingRouting;
    private final DecidingOutOfTime decidingOutOfTime;
    private final Clock clock;

    public IntakeDecisionResource(OverridingRouting overridingRouting, DecidingOutOfTime decidingOutOfTime,
            Clock clock) {
        this.overridingRouting = overridingRouting;
        this.decidingOutOfTime = decidingOutOfTime;
        this.clock = clock;
    }

    @POST
    @Path("/routing-override")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "overrideRouting", summary = "Override the proposed procedure, with a reason",
            description = "Sets the procedure a person chose instead of the proposed one. Overriding a Part 3 Children Act 1989 matter away from the statutory children's procedure is accepted but flagged (ROUTED_AWAY_FROM_STATUTORY) on the complaint and in its timeline.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoutingOverrideRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView overrideRouting(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull RoutingOverrideRequest request) {
        return view(overridingRouting.override(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/out-of-time-decision")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "decideOutOfTime", summary = "Accept or refuse a complaint made more than 12 months after the matter arose",
            description = "Regs 2006 reg 9: accepted when it was not reasonable to complain sooner and a fair investigation is still possible; a refusal ends the complaint. Stage 1 cannot be answered until this is decided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutOfTimeDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView decideOutOfTime(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull OutOfTimeDecisionRequest request) {
        return view(decidingOutOfTime.decide(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
