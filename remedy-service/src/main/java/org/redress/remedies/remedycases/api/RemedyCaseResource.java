package org.redress.remedies.remedycases.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.Bounds;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.IfMatch;
import org.redress.remedies.remedycases.application.OpeningRemedyCase;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.RemedyCaseAsOf;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.api.AsOf;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/** Remedy cases over HTTP. */
@Idempotent
@Path("/remedy-cases")
@Tag(name = "Remedy cases", description = "What a council agreed to do after a complaint or an Ombudsman decision, and by when")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemedyCaseResource {

    /** A UUID as text, any version; checked before {@link UUID#fromString}, which accepts odd forms such as "1-1-1-1-1". */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final OpeningRemedyCase opening;
    private final RemedyCaseRepository remedyCases;
    private final RemedyCaseChanges changes;
    private final ReadAudit readAudit;
    private final ThemeQueries themes;
    private final Clock clock;

    public RemedyCaseResource(OpeningRemedyCase opening, RemedyCaseRepository remedyCases, RemedyCaseChanges changes,
            ThemeQueries themes, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.changes = changes;
        this.themes = themes;
        this.opening = opening;
        this.remedyCases = remedyCases;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.REMEDIES_OPEN)
    @Operation(operationId = "openRemedyCase", summary = "Record the actions a decision agreed",
            description = "Opens a remedy case with one open action per agreed action, each due at the end of its "
                    + "calendar period from the decision date (month ends clamped). Emits "
                    + "org.redress.remedy.case-opened.v1, one org.redress.remedy.action-created.v1 per action and, "
                    + "for each REASSESSMENT action, one "
                    + "org.redress.remedy.reassessment-requested.v1 per child.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenRemedyCaseRequest.class)))
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "409", description = "The decision already has a remedy case, or the same "
            + "Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "Breaks a remedy rule, or reuses an Idempotency-Key with another body")
    public Response open(@Valid @NotNull OpenRemedyCaseRequest request) {
        var remedyCase = opening.open(request.toNewRemedyCase());
        LocalDate today = LocalDate.now(clock);
        return Response.created(URI.create("/remedy-cases/" + remedyCase.id()))
                .entity(RemedyCaseView.of(remedyCase, today)
                        .withEarlierOnTheme(themes.earlierOnThemesOf(remedyCase.id(), today)))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getRemedyCase", summary = "Read a remedy case with each action's due date and whether it is overdue today",
            description = "With asOf, the case as it stood at the end of that day, computed from its record: the "
                    + "actions agreed by then, each completed only if completed by then, paid what had been paid by then, "
                    + "in progress if progress was recorded by then, overdue as judged on that day. A day before the "
                    + "case's decision is answered 404 (remedy.case-not-yet-decided): the case did not yet exist.")
    @APIResponse(responseCode = "200", description = "The remedy case; its ETag is the version to send in If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "400", description = "asOf is malformed or after today")
    @APIResponse(responseCode = "404", description = "No such remedy case, or none yet on the asOf day")
    public Response get(@PathParam("id") @Parameter(description = "Remedy case id", example = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID id,
            // taken as text so that a day that is not a calendar day is a 400 naming asOf, not JAX-RS's 404
            @QueryParam(AsOf.PARAMETER) @Parameter(description = AsOf.DESCRIPTION, example = "2026-12-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        // the body and the ETag come from the same read, so the ETag is exactly the version shown
        var remedyCase = changes.load(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = AsOf.day(asOf, today);
        var asItStood = day.equals(today) ? remedyCase
                : RemedyCaseAsOf.asOf(remedyCase, remedyCases.timeline(id), day);
        RemedyCaseView view = RemedyCaseView.of(asItStood, day).withEarlierOnTheme(themes.earlierOnThemesOf(id, day));
        // recorded once the case is there to be shown: a read refused (an asOf outside the calendar) records nothing
        readAudit.read("remedy-case", id);
        return Response.ok(view).tag(new EntityTag(IfMatch.tag(remedyCase.version()))).build();
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listRemedyCases", summary = "List remedy cases, newest decision first",
            description = "All remedy cases, or only those of one complaint. GET /remedy-case-summaries pages through "
                    + "the same cases with ids, references, states and dates only.")
    @APIResponse(responseCode = "200", description = "One page of remedy cases")
    public RemedyCasePage list(
            // taken as text so that a malformed id is a 400 naming the parameter, not JAX-RS's 404 for a query
            // parameter it cannot convert, which would read as "no such complaint"
            @QueryParam("complaintId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "Only the cases of this complaint", example = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", pattern = UUID_PATTERN)) String complaintId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        UUID complaint = complaintId == null || complaintId.isEmpty() ? null : UUID.fromString(complaintId);
        var items = remedyCases.page(complaint, page, size).stream().map(c -> RemedyCaseView.of(c, today)).toList();
        readAudit.listed("remedy-case", items.stream().map(RemedyCaseView::id).toList());
        return new RemedyCasePage(items, page, size, remedyCases.count(complaint));
    }
}
