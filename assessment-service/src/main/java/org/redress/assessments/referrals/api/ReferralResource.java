package org.redress.assessments.referrals.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.contracts.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.referrals.application.DecidingReferral;
import org.redress.assessments.referrals.application.ReceivingReferral;
import org.redress.assessments.referrals.application.ReferralChanges;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/** Referrals over HTTP. */
@Idempotent
@Path("/referrals")
@Tag(name = "Referrals", description = "Referrals about children and their decision clocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReceivingReferral receiving;
    private final ReadAudit readAudit;
    private final DecidingReferral deciding;
    private final ReferralRepository referrals;
    private final ReferralChanges changes;
    private final Clock clock;

    public ReferralResource(ReceivingReferral receiving, DecidingReferral deciding, ReferralRepository referrals,
            ReferralChanges changes, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.receiving = receiving;
        this.deciding = deciding;
        this.referrals = referrals;
        this.changes = changes;
        this.clock = clock;
    }

    @POST
    // referrals come from the front door's social workers or from another council system (case records)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.REFERRALS_RECORD)
    @Operation(operationId = "recordReferral", summary = "Record a referral about a child",
            description = "Records the referral and starts the clock for the decision on the type of response "
                    + "(1 working day from receipt, Working Together to Safeguard Children 2023). "
                    + "Emits org.redress.assessment.referral-received.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordReferralRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = "Breaks a referral rule, or reuses an Idempotency-Key with another body")
    public Response record(@Valid @NotNull RecordReferralRequest request) {
        var referral = receiving.receive(request.toNewReferral());
        return Response.created(URI.create("/referrals/" + referral.id())).entity(current(referral.id())).build();
    }

    @POST
    @Path("/{id}/decision")
    // the front door's social workers decide; a council system only records referrals
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "decideReferral", summary = "Record the decision on the type of response",
            description = "Stops the 1-working-day decision clock (MET or MISSED) on the day the decision was made "
                    + "(decidedOn, today when not given). S17_ASSESSMENT opens a child in "
                    + "need assessment and EARLY_HELP an early help assessment, each with a 45-working-day clock that runs from "
                    + "the referral's received date, and emits "
                    + "org.redress.assessment.opened.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideReferralRequest.class)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "The decision is missing or unknown")
    @APIResponse(responseCode = "409", description = "Already decided, or changed at the same time")
    @APIResponse(responseCode = "422", description = "Breaks a referral rule, e.g. decided before it was received "
            + "(referral.decided-before-received)")
    public ReferralView decide(
            @PathParam("id") @Parameter(description = "Referral id", example = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID id,
            @Valid @NotNull DecideReferralRequest request) {
        deciding.decide(id, request.decision(), request.decidedOn());
        return current(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getReferral", summary = "Read a referral with its decision clock as it stands today")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public ReferralView get(@PathParam("id") @Parameter(description = "Referral id", example = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID id) {
        ReferralView referral = current(id);
        readAudit.read("referral", id);
        return referral;
    }

    /**
     * The referral as it is stored now, at its version: the version is read before the referral, so the ETag is
     * never newer than the body it comes with.
     */
    private ReferralView current(UUID id) {
        long version = changes.version(id);
        return ReferralView.of(changes.load(id), LocalDate.now(clock), version);
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listReferrals", summary = "List referrals, newest received first")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    public ReferralPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        var items = referrals.page(page, size).stream().map(r -> ReferralView.of(r, today, changes.version(r.id()))).toList();
        readAudit.listed("referral", items.stream().map(ReferralView::id).toList());
        return new ReferralPage(items, page, size, referrals.count());
    }
}
