package org.redress.assessments.reassessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.api.PageView;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/** Assessments over HTTP (read only until the assessment domain adds its own actions). */
@Path("/assessments")
@Tag(name = "Assessments", description = "Assessments of children in need and their 45-working-day clocks")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    static final String UNKNOWN_ASSESSMENT = """
            {"type":"urn:redress:problem:not-found","title":"Not Found","status":404,
             "detail":"no assessment with id c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14",
             "instance":"/assessments/c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14"}""";
    static final String BAD_PAGE = """
            {"type":"urn:redress:problem:validation","title":"Request is not valid","status":400,
             "detail":"size must be less than or equal to 100","instance":"/assessments","field":"size",
             "errors":[{"field":"size","message":"must be less than or equal to 100"}]}""";

    private final AssessmentRepository assessments;
    private final Clock clock;

    public AssessmentResource(AssessmentRepository assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    @GET
    @Path("/{id}")
    // remedy officers follow the reassessments their actions asked for
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @Operation(operationId = "getAssessment",
            summary = "Read an assessment with its clock as it stands today and the remedy that asked for it")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = UNKNOWN_ASSESSMENT)))
    public AssessmentView get(@PathParam("id") @Parameter(description = "Assessment id", example = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID id) {
        return assessments.find(id)
                .map(assessment -> AssessmentView.of(assessment, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("no assessment with id " + id));
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER, Roles.AUDITOR,
            Roles.INTEGRATION_CLIENT })
    @Operation(operationId = "listAssessments", summary = "List assessments, newest started first")
    @APIResponse(responseCode = "200", description = "One page of assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A paging parameter is out of range",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "badPage", value = BAD_PAGE)))
    public PageView<AssessmentView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        var items = assessments.page(page, size).stream().map(a -> AssessmentView.of(a, today)).toList();
        return new PageView<>(items, page, size, assessments.count());
    }
}
