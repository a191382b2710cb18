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
import org.redress.complaints.intake.application.DecidingStanding;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * A sufficient-interest complainant's standing over HTTP: whether they may use the statutory
 * procedure at all. Answers with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// the responses every operation here shares; each operation adds its own 409
@APIResponse(responseCode = "200", description = "The complaint as it now stands",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
@APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
public class StandingResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";
    private static final String IDEMPOTENCY = "Repeat a request safely: the same key and body return the first response and record the step once";

    private final DecidingStanding decidingStanding;
    private final Clock clock;

    public StandingResource(DecidingStanding decidingStanding, Clock clock) {
        this.decidingStanding = decidingStanding;
        this.clock = clock;
    }

    @POST
    @Path("/standing-decision")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "decideStanding", summary = "Decide whether a complainant relying on sufficient interest may use the statutory procedure",
            description = "Children Act 1989 s26(3)(e). Only while the complaint is AWAITING_STANDING_DECISION. The child's views: whether and when they were taken into account (not taken is flagged STANDING_WITHOUT_CHILD_VIEWS). ACCEPTED opens stage 1 that day: its 10 working days count from the decision, when the complaint is treated as made. REFUSED needs the reason and the date the person was told (422 standing.refusal-reason-required, standing.refusal-not-told) and ends the complaint as REFUSED_STANDING, which is not a closure. Emits org.redress.complaint.standing-decided.v1 (and stage-opened for STAGE_1 when accepted).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StandingDecisionRequest.class)))
    @APIResponse(responseCode = "409", description = "Standing is not awaited, or the complaint changed since the If-Match version was read (concurrent-update)")
    public ComplaintView decideStanding(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StandingDecisionRequest request) {
        return view(decidingStanding.decide(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
