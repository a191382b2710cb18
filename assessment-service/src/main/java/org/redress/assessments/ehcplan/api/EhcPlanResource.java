package org.redress.assessments.ehcplan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.assessment.api.FlagView;
import org.redress.assessments.ehcplan.application.ListingEhcPlanUpdates;
import org.redress.assessments.ehcplan.application.RecordingEhcPlanUpdate;
import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.Versioned;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.validation.HappenedOn;

/** Updates of a child's EHC plan, as the SEND service reports them. */
@Idempotent
@Path("/children/{childRef}/ehc-plan-updates")
@Tag(name = "EHC plans", description = "Children's Education, Health and Care plans and their social care sections H1 and H2")
@Produces(MediaType.APPLICATION_JSON)
public class EhcPlanResource {

    static final String CHILD_REF = "[A-Za-z0-9-]{3,32}";

    private final RecordingEhcPlanUpdate recording;
    private final ListingEhcPlanUpdates listing;
    private final ReadAudit readAudit;

    public EhcPlanResource(RecordingEhcPlanUpdate recording, ListingEhcPlanUpdates listing, ReadAudit readAudit) {
        this.recording = recording;
        this.listing = listing;
        this.readAudit = readAudit;
    }

    /** What is recorded about an update of the plan. */
    @Schema(name = "EhcPlanUpdateRequest", description = "An EHC plan (or amendment) the SEND service issued")
    public record Request(
            @NotNull @HappenedOn @Schema(description = "The day it was issued, not in the future", examples = "2026-11-20",
                    required = true) LocalDate issuedOn,
            @NotNull @Schema(description = "Whether it says the child has no social care needs", examples = "true",
                    required = true) Boolean noSocialCareNeeds) {
    }

    /** An update as the API shows it. */
    @Schema(name = "EhcPlanUpdate", description = "An EHC plan update, with what was flagged")
    public record View(UUID id, @Schema(examples = "CR-104233") String childRef,
            @Schema(examples = "2026-11-20") LocalDate issuedOn, @Schema(examples = "true") boolean noSocialCareNeeds,
            @Schema(examples = "2026-11-25") LocalDate recordedOn,
            @Schema(description = "ehc-plan.no-social-care-needs-while-assessment-open about each open assessment; "
                    + "about is absent for an assessment the caller may not read")
            List<FlagView> flags,
            @Schema(description = "The update's version: an update is recorded once and never changed", examples = "0")
            long version) implements Versioned {

        static View of(EhcPlanUpdate u) {
            return new View(u.id(), u.childRef(), u.issuedOn(), u.noSocialCareNeeds(), u.recordedOn(),
                    u.flags().stream().map(FlagView::of).toList(),
                    u.version());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.EHC_PLANS_RECORD)
    @Operation(operationId = "recordEhcPlanUpdate", summary = "Record an update of the child's EHC plan",
            description = "From then on the child has an EHC plan: completing an assessment of the child emits "
                    + "org.redress.assessment.ehc-social-care-update.v1 with sections H1 and H2. An update saying "
                    + "'no social care needs' while an assessment of the child is open is accepted but flagged, on "
                    + "the update and on each open assessment.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class)))
    @APIResponse(responseCode = "201", description = "Recorded (with any flags)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "The path names no child (an empty reference)")
    @APIResponse(responseCode = "422", description = "Breaks a rule: an update issued in the future (ehc-plan.issued-in-future)")
    public Response record(
            @PathParam("childRef") @Pattern(regexp = CHILD_REF) @Parameter(description = "The child's record reference",
                    example = "CR-104233") String childRef,
            @Valid @NotNull Request request) {
        EhcPlanUpdate update = recording.record(childRef, request.issuedOn(), request.noSocialCareNeeds());
        return Response.created(URI.create("/children/" + childRef + "/ehc-plan-updates")).entity(View.of(update)).build();
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listEhcPlanUpdates", summary = "List the child's EHC plan updates, newest issued first")
    @APIResponse(responseCode = "200", description = "One page of updates")
    @APIResponse(responseCode = "404", description = "No EHC plan update is recorded for the child: it has no EHC plan "
            + "here; or none of the child's assessments is the caller's to read (answered alike)")
    public EhcPlanUpdatePage list(
            @PathParam("childRef") @Pattern(regexp = CHILD_REF) @Parameter(description = "The child's record reference",
                    example = "CR-104233") String childRef,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        // a child none of whose assessments the caller may read is answered as a child with no plan
        long total = listing.count(childRef);
        if (total == 0) {
            throw new RuleViolation("not-found", ProblemKind.NOT_FOUND, "childRef",
                    "no EHC plan update is recorded for child " + childRef);
        }
        var items = listing.page(childRef, page, size).stream().map(View::of).toList();
        readAudit.listed("ehc-plan-update", items.stream().map(View::id).toList());
        return new EhcPlanUpdatePage(items, page, size, total);
    }
}
