package org.redress.complaints.ombudsman.api;

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
import org.redress.complaints.ombudsman.application.RecordingOmbudsmanDecision;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * The Ombudsman's decision on a complaint over HTTP. Answers with the complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OmbudsmanResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final RecordingOmbudsmanDecision recordingOmbudsmanDecision;
    private final Clock clock;

    public OmbudsmanResource(RecordingOmbudsmanDecision recordingOmbudsmanDecision, Clock clock) {
        this.recordingOmbudsmanDecision = recordingOmbudsmanDecision;
        this.clock = clock;
    }

    @POST
    @Path("/ombudsman")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordOmbudsmanDecision", summary = "Record the Ombudsman's decision",
            description = "With how the complaint came to the Ombudsman (route): after stage 3 (AFTER_COUNCIL_PROCEDURE), or as the council's early referral after the stage 2 adjudication (EARLY_REFERRAL), 409 ombudsman.procedure-not-exhausted otherwise; or taken early because of the council's delay (COUNCIL_DELAY) or its wrong procedure (WRONG_PROCEDURE), at any stage of an open or closed complaint. Without a route, earlyReferral says which of the first two. A formal report sets the council's reply due 3 months after the decision. Agreed actions are published as org.redress.complaint.actions-agreed.v1 (source OMBUDSMAN).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OmbudsmanDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView recordOmbudsmanDecision(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull OmbudsmanDecisionRequest request) {
        return view(recordingOmbudsmanDecision.record(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
