package org.redress.complaints.holds.api;

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
import org.redress.complaints.holds.application.DecliningComplaint;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * Declining a complaint while legal, criminal or disciplinary proceedings run, and taking it up
 * again, over HTTP. Each operation answers with the complaint as it now stands.
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
public class DeclineResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";
    private static final String IDEMPOTENCY = "Repeat a request safely: the same key and body return the first response and record the step once";

    private final DecliningComplaint declining;
    private final Clock clock;

    public DeclineResource(DecliningComplaint declining, Clock clock) {
        this.declining = declining;
        this.clock = clock;
    }

    @POST
    @Path("/declines")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "declineComplaint", summary = "Decline to consider the complaint, whole or listed points, while proceedings run",
            description = "Where considering it could prejudice legal, criminal or disciplinary proceedings. The complainant must have been told in writing (422 decline.complainant-not-told). Declined WHOLE, the running clocks pause and stage steps are refused (409 decline.declined) until it comes back; declined in PART, the clocks run on for the other points. A decline past its review date is flagged DECLINE_PAST_REVIEW. Emits org.redress.complaint.declined.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclineRequest.class)))
    @APIResponse(responseCode = "409", description = "Finished, on hold or already declined, or changed since the If-Match version was read (concurrent-update)")
    public ComplaintView decline(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull DeclineRequest request) {
        return view(declining.decline(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/declines/end")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "endDecline", summary = "The proceedings ended: consider the declined complaint again",
            description = "Records when the proceedings ended and when the complaint was taken up again. Paused clocks resume with the working days they had left (not a fresh clock), as after a hold. Emits org.redress.complaint.decline-ended.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclineEndRequest.class)))
    @APIResponse(responseCode = "409", description = "Not declined, or changed since the If-Match version was read (concurrent-update)")
    public ComplaintView endDecline(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull DeclineEndRequest request) {
        return view(declining.end(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
