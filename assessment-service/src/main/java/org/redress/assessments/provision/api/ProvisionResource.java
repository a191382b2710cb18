package org.redress.assessments.provision.api;

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
import org.redress.assessments.provision.application.StartingProvision;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/** Support started for an assessed need, over HTTP. */
@Idempotent
@Path("/assessments/{id}/provision")
@Tag(name = "Assessments", description = "Assessments of children in need and their 45-working-day clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisionResource {

    private final StartingProvision provision;
    private final AssessmentViews views;

    public ProvisionResource(StartingProvision provision, AssessmentViews views) {
        this.provision = provision;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER })
    @Operation(operationId = "startProvision", summary = "Record that support started for a need",
            description = "Emits org.redress.assessment.provision-started.v1 and closes the need's unmet need; a late "
                    + "start also records missed provision (period inclusive, amount) and emits "
                    + "org.redress.assessment.missed-provision-recorded.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartProvisionRequest.class)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentView.class)))
    @AssessmentErrors
    public AssessmentView startProvision(@PathParam("id") @Parameter(description = "Assessment id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StartProvisionRequest request) {
        provision.start(id, request.toProvision(), IfMatch.version(ifMatch));
        return views.current(id);
    }
}
