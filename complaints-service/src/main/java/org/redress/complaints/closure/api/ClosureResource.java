package org.redress.complaints.closure.api;

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
import org.redress.complaints.closure.application.ClosingComplaint;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * Closing a complaint over HTTP, for a reason from the fixed list. Answers with the complaint as it
 * now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final ClosingComplaint closingComplaint;
    private final Clock clock;

    public ClosureResource(ClosingComplaint closingComplaint, Clock clock) {
        this.closingComplaint = closingComplaint;
        this.clock = clock;
    }

    @POST
    @Path("/closure")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "closeComplaint", summary = "Close the complaint for a reason from the fixed list",
            description = "RESOLVED, WITHDRAWN_BY_COMPLAINANT, NO_RESPONSE_AFTER_DOCUMENTED_ATTEMPTS or REFERRED_ELSEWHERE. A stage asked for and not yet answered cannot be closed for any other reason (422 closure.requested-stage-unanswered); failing to agree a statement of complaint is never a reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClosureRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView closeComplaint(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ClosureRequest request) {
        return view(closingComplaint.close(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
