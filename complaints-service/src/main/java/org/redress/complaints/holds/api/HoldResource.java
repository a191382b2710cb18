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
import org.redress.complaints.holds.application.PlacingHold;
import org.redress.complaints.holds.application.ReleasingHold;
import org.redress.complaints.holds.application.ReviewingHold;
import org.redress.complaints.reading.ComplaintView;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * Holds over HTTP: placing a complaint on hold, recording its review and releasing it. Each operation answers with the
 * complaint as it now stands.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final PlacingHold placingHold;
    private final ReleasingHold releasingHold;
    private final ReviewingHold reviewingHold;
    private final Clock clock;

    public HoldResource(PlacingHold placingHold, ReleasingHold releasingHold, ReviewingHold reviewingHold, Clock clock) {
        this.placingHold = placingHold;
        this.releasingHold = releasingHold;
        this.reviewingHold = reviewingHold;
        this.clock = clock;
    }

    @POST
    @Path("/holds")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "placeHold", summary = "Put the complaint on hold: its running clocks pause",
            description = "Needs the reason, the date the complainant was told (422 hold.complainant-not-told without it) and a review date. A hold past its review date is flagged (HOLD_PAST_REVIEW).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HoldRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView placeHold(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull HoldRequest request) {
        return view(placingHold.hold(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/holds/release")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "releaseHold", summary = "Release the hold: the paused clocks resume",
            description = "The due dates move by exactly the working days the complaint was on hold.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HoldReleaseRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView releaseHold(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull HoldReleaseRequest request) {
        return view(releasingHold.release(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/holds/review")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "reviewHold", summary = "Record the hold's review: the hold goes on",
            description = "The day the hold was reviewed (not before it started, not after today; once per hold). "
                    + "A hold past its review date is no longer unreviewed from that day: its HOLD_PAST_REVIEW flag "
                    + "is resolved on it and put on the timeline. The clocks stay paused until the hold is released.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HoldReviewRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not on hold, reviewed already, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView reviewHold(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull HoldReviewRequest request) {
        return view(reviewingHold.review(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
