package org.redress.assessments.assessment.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.assessment.application.AssessmentAccess;
import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.application.CompletingAssessment;
import org.redress.assessments.assessment.application.OpeningAssessment;
import org.redress.assessments.assessment.application.RecordingAssessmentWork;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.Team;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.api.AsOf;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;
import org.redress.servicekit.validation.CaseDate;

/**
 * Assessments over HTTP: opening, reading, recording assessors, needs and conditions one by one, and completion.
 */
@Idempotent
@Path("/assessments")
@Tag(name = "Assessments", description = "Assessments of children in need and their 45-working-day clocks")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentRepository assessments;
    private final AssessmentChanges changes;
    private final ReadAudit readAudit;
    private final OpeningAssessment opening;
    private final RecordingAssessmentWork recording;
    private final CompletingAssessment completing;
    private final AssessmentViews views;
    private final Clock clock;
    private final AssessmentAccess access;

    public AssessmentResource(AssessmentRepository assessments, AssessmentChanges changes, OpeningAssessment opening,
            RecordingAssessmentWork recording, CompletingAssessment completing, AssessmentViews views,
            Clock clock, ReadAudit readAudit, AssessmentAccess access) {
        this.access = access;
        this.readAudit = readAudit;
        this.views = views;
        this.assessments = assessments;
        this.changes = changes;
        this.opening = opening;
        this.recording = recording;
        this.completing = completing;
        this.clock = clock;
    }

    @GET
    @Path("/{id}")
    // remedy officers follow the reassessments their actions asked for
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "getAssessment",
            summary = "Read an assessment with its clock as it stands today (or stood at the end of asOf) and the "
                    + "remedy that asked for it",
            description = "With asOf, the assessment as it stood at the end of that day, from its recorded history: "
                    + "completed after it, it reads open (OVERDUE once past its due date); assessors, needs, "
                    + "conditions, CSDPA s2, flags, timeline, provision and the plan's reviews from the day each "
                    + "happened. One that had not started by then is not found (assessment.not-started-as-of). "
                    + "Each person reads the assessments their part allows: a social worker those they are assigned to "
                    + "and their team's, a team manager their team's, a remedy officer those a remedy asked for; any "
                    + "other is not found, as an unknown id. A team manager may read one outside their team by giving "
                    + "a Break-Glass-Reason, recorded for the auditor (assessment.break-glass-read).")
    @APIResponse(responseCode = "200", description = "The assessment; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", description = "The assessment's version, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "asOf is after today, or a Break-Glass-Reason is too short, too "
            + "long or holds a control character (request.break-glass-reason-invalid)")
    @APIResponse(responseCode = "404", description = "No such assessment, one outside the caller's part in assessments "
            + "(answered alike), or it had not started by asOf")
    public Response get(@PathParam("id") @Parameter(description = "Assessment id", example = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID id,
            @QueryParam(AsOf.PARAMETER) @CaseDate @Parameter(description = AsOf.DESCRIPTION, example = "2026-11-02")
            LocalDate asOf,
            @HeaderParam(BreakGlassReason.HEADER) @Parameter(description = BreakGlassReason.DESCRIPTION,
                    example = "Police called out of hours about the child; the allocated team is closed",
                    schema = @Schema(type = SchemaType.STRING, minLength = BreakGlassReason.MIN_LENGTH,
                            maxLength = BreakGlassReason.MAX_LENGTH))
            String breakGlassReason) {
        Optional<String> reason = BreakGlassReason.of(breakGlassReason);
        LocalDate day = AsOf.day(asOf, LocalDate.now(clock));
        // the version is read first: if the assessment changes in between, the ETag is older than the
        // body and a change based on it is refused (a needless retry), never the other way round
        long version = changes.version(id);
        AssessmentChanges.Read read = changes.read(id, reason.isPresent());
        Assessment assessment = read.assessment();
        AssessmentView view = AssessmentView.of(asOf == null ? assessment : assessment.asOf(day), day, version);
        // recorded once the assessment is there to be shown: one not started by asOf (404) records nothing
        if (read.brokeGlass()) {
            readAudit.readBreakingGlass("assessment", id, reason.orElseThrow());
        } else {
            readAudit.read("assessment", id);
        }
        return Response.ok(view).tag(new EntityTag(IfMatch.tag(version))).build();
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_NARRATIVE)
    @Operation(operationId = "listAssessments", summary = "List assessments, newest started first",
            description = "clock=OVERDUE lists open assessments past their due date; planReview=OVERDUE lists those "
                    + "whose child in need plan review is past due, most overdue first. clock=OVERDUE with asOf lists "
                    + "those open and past their due date at the end of that day, each as it stood then; asOf reads "
                    + "no other list (request.as-of-not-supported). Each list holds only the assessments the caller "
                    + "may read (as GET /assessments/{id}; no break-glass).")
    @APIResponse(responseCode = "200", description = "One page of assessments")
    @APIResponse(responseCode = "400", description = "A paging parameter is out of range, or asOf is after today or "
            + "sent without clock=OVERDUE")
    public AssessmentPage list(
            @QueryParam("clock") @Parameter(description = "OVERDUE: only open assessments past their 45-working-day due date",
                    example = "OVERDUE") ClockFilter clockFilter,
            @QueryParam("planReview") @Parameter(description = "OVERDUE: only assessments whose child in need plan review "
                    + "is past due (not with clock)", example = "OVERDUE") ClockFilter planReview,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size,
            @QueryParam(AsOf.PARAMETER) @CaseDate @Parameter(description = AsOf.DESCRIPTION + " Only with clock=OVERDUE.",
                    example = "2026-11-02") LocalDate asOf) {
        AssessmentPage shown = find(clockFilter, planReview, page, size, asOf);
        readAudit.listed("assessment", shown.items().stream().map(AssessmentView::id).toList());
        return shown;
    }

    private AssessmentPage find(ClockFilter clockFilter, ClockFilter planReview, int page, int size, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        // each list holds only the assessments the caller may read, filtered in its one query (none at all: a
        // query answering nothing)
        AssessmentScope scope = access.scope();
        if (asOf != null) {
            return overdueAsOf(scope, clockFilter, planReview, AsOf.day(asOf, today), page, size);
        }
        if (planReview == ClockFilter.OVERDUE) {
            if (clockFilter != null) {
                throw new BadRequestException("filter by clock or by planReview, not both");
            }
            // DOMAIN §3: a plan reviewed less often than every 6 months (3 for the first) is flagged
            var overdue = assessments.overduePlanReviews(scope, today, page, size).stream()
                    .map(a -> views.of(a, today)).toList();
            return new AssessmentPage(overdue, page, size, assessments.countOverduePlanReviews(scope, today));
        }
        if (clockFilter == ClockFilter.OVERDUE) {
            var overdue = assessments.overdue(scope, today, page, size).stream().map(a -> views.of(a, today)).toList();
            return new AssessmentPage(overdue, page, size, assessments.countOverdue(scope, today));
        }
        var items = assessments.page(scope, page, size).stream().map(a -> views.of(a, today)).toList();
        return new AssessmentPage(items, page, size, assessments.count(scope));
    }

    /** The work queue as it stood at the end of {@code day}: each assessment open and past due then, as it stood. */
    private AssessmentPage overdueAsOf(AssessmentScope scope, ClockFilter clockFilter, ClockFilter planReview,
            LocalDate day, int page, int size) {
        if (clockFilter != ClockFilter.OVERDUE || planReview != null) {
            throw new RuleViolation("request.as-of-not-supported", ProblemKind.BAD_REQUEST, AsOf.PARAMETER,
                    AsOf.PARAMETER + " reads the clock=OVERDUE list only");
        }
        var overdue = assessments.overdueAsOf(scope, day, page, size).stream().map(a -> views.of(a.asOf(day), day))
                .toList();
        return new AssessmentPage(overdue, page, size, assessments.countOverdueAsOf(scope, day));
    }

    /** Which clocks to list. */
    public enum ClockFilter {
        OVERDUE
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "openAssessment", summary = "Open an assessment of a referred child or their carer",
            description = "The 45-working-day clock runs from the referral's received date. A PARENT_CARER assessment of "
                    + "a disabled child's parent routed to ADULT_SOCIAL_CARE is refused (Children Act 1989 s17ZD). "
                    + "Emits org.redress.assessment.opened.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAssessmentRequest.class)))
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "422", description = "Breaks an assessment rule, e.g. a parent carer of a disabled child "
            + "routed to ADULT_SOCIAL_CARE (assessment.parent-carer-routed-to-adult-social-care)")
    public Response open(@Valid @NotNull OpenAssessmentRequest request) {
        var assessment = opening.open(request.referralId(), request.assessmentType(),
                request.team() == null ? Team.CHILDRENS_SOCIAL_CARE : request.team(), request.conditions());
        // answered with what was opened, whatever the caller's scope: one opened for another team (an adult
        // social care carer's assessment, say) is shown to the person who opened it once, then is that team's
        return Response.created(URI.create("/assessments/" + assessment.id()))
                .entity(views.of(assessment, LocalDate.now(clock))).build();
    }

    @POST
    @Path("/{id}/assessors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "assignAssessor", summary = "Assign a social worker from a day (a third one is flagged)",
            description = "From the day given in from (today when not given): not before the assessment started nor "
                    + "before the assessor before them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignAssessorRequest.class)))
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView assign(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AssignAssessorRequest request) {
        recording.assign(id, request.assessor(), request.from(), IfMatch.version(ifMatch));
        return views.current(id);
    }

    @PUT
    @Path("/{id}/needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "recordNeed", summary = "Record one need (replaces one with the same code)",
            description = "Reasons resting on resources, capacity, a team's threshold or 'will not engage' are flagged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordNeedRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView recordNeed(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull RecordNeedRequest request) {
        recording.recordNeed(id, request.toNeed(), request.identifiedOn(), IfMatch.version(ifMatch));
        return views.current(id);
    }

    @PUT
    @Path("/{id}/csdpa-s2")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "considerCsdpa2", summary = "Record a CSDPA 1970 s2 category as considered for a disabled child")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsiderCsdpa2Request.class)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView considerCsdpa2(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ConsiderCsdpa2Request request) {
        recording.considerCsdpa2(id, request.category(), request.needed(), request.consideredOn(),
                IfMatch.version(ifMatch));
        return views.current(id);
    }

    @POST
    @Path("/{id}/conditions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "addConditions", summary = "Add conditions the open assessment is to be carried out under",
            description = "E.g. minimising the children's contact with professionals, or a named contact for the family, "
                    + "agreed on agreedOn (today when not given): not before the assessment started. Each "
                    + "goes on the timeline in its own words (CONDITION_ADDED); one already recorded is not recorded "
                    + "again. A completed assessment takes no more conditions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddConditionsRequest.class)))
    @APIResponse(responseCode = "200", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView addConditions(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AddConditionsRequest request) {
        recording.addConditions(id, request.conditions(), request.agreedOn(), IfMatch.version(ifMatch));
        return views.current(id);
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "completeAssessment", summary = "Complete the assessment",
            description = "Stops the clock (MET or MISSED) on the day it was completed (completedOn, today when not "
                    + "given: an assessment completed on its due date and recorded the next morning meets its clock), opens an unmet need for each eligible need NOT_MET, prompts a "
                    + "carer's assessment for each caring family member without one, and emits "
                    + "org.redress.assessment.completed.v1 (with the remedy link for a reassessment). A disabled child's "
                    + "assessment must have considered every CSDPA s2 category.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentCompletionRequest.class)))
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView complete(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AssessmentCompletionRequest request) {
        completing.complete(id, request.completedOn(), request.carers(), IfMatch.version(ifMatch));
        return views.current(id);
    }
}
