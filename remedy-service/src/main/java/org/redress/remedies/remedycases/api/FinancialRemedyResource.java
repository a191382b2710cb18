package org.redress.remedies.remedycases.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.remedies.remedycases.application.RecordingFinancialRemedyDecision;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.security.Roles;

/** The decision on a financial remedy a council agreed to consider: the only way that action completes. */
@Idempotent
@Path("/remedy-cases/{id}/actions/{actionId}/financial-remedy-decision")
@Tag(name = "Remedy actions", description = "Each agreed action followed until it is done, with evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancialRemedyResource {

    private final RecordingFinancialRemedyDecision deciding;
    private final RemedyCaseChanges changes;
    private final CurrentActor actor;
    private final Clock clock;

    public FinancialRemedyResource(RecordingFinancialRemedyDecision deciding, RemedyCaseChanges changes,
            CurrentActor actor, Clock clock) {
        this.deciding = deciding;
        this.changes = changes;
        this.actor = actor;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "decideFinancialRemedy", summary = "Record the decision on a financial remedy considered",
            description = "Completes a CONSIDER_FINANCIAL_REMEDY action on decidedOn, recording who decided: AWARDED "
                    + "with amountPence adds a PAYMENT action for that amount (same period, agreed on decidedOn), "
                    + "followed until paid in full; NOT_AWARDED needs the reason. Emits "
                    + "org.redress.remedy.action-completed.v1 (and action-created.v1 for an award's payment).")
    @APIResponse(responseCode = "200", description = "The case after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemedyCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Already decided, or the case changed since it was read")
    @APIResponse(responseCode = "422", description = "The decision breaks a rule")
    public RemedyCaseView decide(@PathParam("id") @Parameter(description = "Remedy case id") UUID id,
            @PathParam("actionId") @Parameter(description = "Action id") UUID actionId,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull FinancialRemedyDecisionRequest request) {
        deciding.decide(id, actionId, request.toDecision(actor.get().subject()),
                IfMatch.expected(ifMatch, request.expectedVersion()));
        return RemedyCaseView.of(changes.load(id), LocalDate.now(clock));
    }
}
