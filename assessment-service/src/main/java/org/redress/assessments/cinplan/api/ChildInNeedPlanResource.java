package org.redress.assessments.cinplan.api;

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
import org.redress.assessments.assessment.api.AssessmentErrors;
import org.redress.assessments.assessment.api.AssessmentView;
import org.redress.assessments.assessment.api.AssessmentViews;
import org.redress.assessments.cinplan.application.ReviewingChildInNeedPlan;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/** The child in need plan that follows an assessment, and its reviews, over HTTP. */
@Idempotent
@Path("/assessments/{id}/plan")
@Tag(name = "Assessments", description = "Assessments of children in need and their 45-working-day clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ChildInNeedPlanResource {

    private final ReviewingChildInNeedPlan plans;
    private final AssessmentViews views;

    public ChildInNeedPlanResource(ReviewingChildInNeedPlan plans, AssessmentViews views) {
        this.plans = plans;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "startChildInNeedPlan", summary = "Start the child in need plan after a completed assessment",
            description = "The first review is due 3 calendar months after the start (Working Together 2023); the plan "
                    + "shows the next review's due date and state (ON_TRACK, DUE_SOON, OVERDUE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartChildInNeedPlanRequest.class)))
    @APIResponse(responseCode = "200", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView start(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StartChildInNeedPlanRequest request) {
        plans.start(id, request.startDate(), IfMatch.version(ifMatch));
        return views.current(id);
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "reviewChildInNeedPlan", summary = "Record a review of the child in need plan",
            description = "The next review is due 6 calendar months later; a review held after its due date is flagged "
                    + "cin-plan.review-late.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewChildInNeedPlanRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView review(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ReviewChildInNeedPlanRequest request) {
        plans.review(id, request.reviewedOn(), IfMatch.version(ifMatch));
        return views.current(id);
    }
}
