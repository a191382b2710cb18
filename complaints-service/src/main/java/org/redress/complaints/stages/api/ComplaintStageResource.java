package org.redress.complaints.stages.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaints.reading.ComplaintView;
import org.redress.complaints.stages.application.AdjudicatingStageTwo;
import org.redress.complaints.stages.application.AgreeingStatement;
import org.redress.complaints.stages.application.ClosingComplaint;
import org.redress.complaints.stages.application.DecidingOutOfTime;
import org.redress.complaints.stages.application.ExtendingStageOne;
import org.redress.complaints.stages.application.OverridingRouting;
import org.redress.complaints.stages.application.PlacingHold;
import org.redress.complaints.stages.application.ReleasingHold;
import org.redress.complaints.stages.application.RequestingStageTwo;
import org.redress.complaints.stages.application.RespondingAtStageOne;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/**
 * What happens to a complaint after intake, over HTTP: routing, the out-of-time decision, stage 1,
 * stage 2, holds and closure. Each operation answers with the complaint as it now stands.
 * (Longer than our usual 200 lines: it is almost all OpenAPI documentation.)
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintStageResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final AdjudicatingStageTwo adjudicatingStageTwo;
    private final AgreeingStatement agreeingStatement;
    private final ClosingComplaint closingComplaint;
    private final DecidingOutOfTime decidingOutOfTime;
    private final ExtendingStageOne extendingStageOne;
    private final OverridingRouting overridingRouting;
    private final PlacingHold placingHold;
    private final ReleasingHold releasingHold;
    private final RequestingStageTwo requestingStageTwo;
    private final RespondingAtStageOne respondingAtStageOne;
    private final Clock clock;

    public ComplaintStageResource(AdjudicatingStageTwo adjudicatingStageTwo, AgreeingStatement agreeingStatement, ClosingComplaint closingComplaint, DecidingOutOfTime decidingOutOfTime, ExtendingStageOne extendingStageOne, OverridingRouting overridingRouting, PlacingHold placingHold, ReleasingHold releasingHold, RequestingStageTwo requestingStageTwo, RespondingAtStageOne respondingAtStageOne, Clock clock) {
        this.adjudicatingStageTwo = adjudicatingStageTwo;
        this.agreeingStatement = agreeingStatement;
        this.closingComplaint = closingComplaint;
        this.decidingOutOfTime = decidingOutOfTime;
        this.extendingStageOne = extendingStageOne;
        this.overridingRouting = overridingRouting;
        this.placingHold = placingHold;
        this.releasingHold = releasingHold;
        this.requestingStageTwo = requestingStageTwo;
        this.respondingAtStageOne = respondingAtStageOne;
        this.clock = clock;
    }

    @POST
    @Path("/routing-override")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "overrideRouting", summary = "Override the proposed procedure, with a reason",
            description = "Sets the procedure a person chose instead of the proposed one. Overriding a Part 3 Children Act 1989 matter away from the statutory children's procedure is accepted but flagged (ROUTED_AWAY_FROM_STATUTORY) on the complaint and in its timeline.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.RoutingOverride.class),
            examples = @ExampleObject(name = "toCorporate", value = """
                    {"procedure":"CORPORATE","reason":"The complaint is about a school transport decision"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView overrideRouting(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.RoutingOverride request) {
        return view(overridingRouting.override(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/out-of-time-decision")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "decideOutOfTime", summary = "Accept or refuse a complaint made more than 12 months after the matter arose",
            description = "Regs 2006 reg 9: accepted when it was not reasonable to complain sooner and a fair investigation is still possible; a refusal ends the complaint. Stage 1 cannot be answered until this is decided.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.OutOfTime.class),
            examples = @ExampleObject(name = "accepted", value = """
                    {"accepted":true,"reason":"The family only learnt of the decision in June; records are complete","decidedOn":"2026-11-04"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView decideOutOfTime(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.OutOfTime request) {
        return view(decidingOutOfTime.decide(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-1/extension")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "extendStageOne", summary = "Extend stage 1 once, to at most 20 working days",
            description = "Regs 2006 reg 14: a complex case, or an advocate is needed; the complainant must have been told.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.StageOneExtension.class),
            examples = @ExampleObject(name = "advocateNeeded", value = """
                    {"workingDays":20,"reason":"An advocate is needed","complainantToldOn":"2026-11-06"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView extendStageOne(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.StageOneExtension request) {
        return view(extendingStageOne.extend(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-1/response")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "respondAtStageOne", summary = "Record the stage 1 response: a finding per point and the actions agreed",
            description = "Stops the stage 1 clock (MET or MISSED). A point where fault is accepted cannot be NOT_UPHELD (422 finding.fault-accepted-not-upheld). Agreed actions are published as org.redress.complaint.actions-agreed.v1 (source STAGE_1) for remedy-service.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Decision.class),
            examples = @ExampleObject(name = "upheldWithApology", value = """
                    {"decidedOn":"2026-11-13","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NOT_UPHELD","faultAccepted":false}],"actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"}]}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView respondAtStageOne(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.Decision request) {
        return view(respondingAtStageOne.respond(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/request")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.INTEGRATION_CLIENT })
    @Operation(operationId = "requestStageTwo", summary = "Record the complainant's request for stage 2, which opens it at once",
            description = "Regs 2006 reg 18: within 20 working days of the stage 1 response, or later with a reason (flagged). Starts the progression clock (request to agreed statement, default 10 working days) and, if the council counts from the request, the 25/65 working day clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.StageTwoRequest.class),
            examples = @ExampleObject(name = "onTime", value = """
                    {"requestedOn":"2026-11-20"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView requestStageTwo(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.StageTwoRequest request) {
        return view(requestingStageTwo.request(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @PUT
    @Path("/stage-2/statement")
    @RolesAllowed({ Roles.INVESTIGATING_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "agreeStageTwoStatement", summary = "Record the statement of complaint agreed by the investigating officer",
            description = "Stops the progression clock and, by default, starts the 25 working day stage 2 clock (extendable to 65).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Statement.class),
            examples = @ExampleObject(name = "agreed", value = """
                    {"agreedOn":"2026-11-27","agreedBy":"IO-2231"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView agreeStageTwoStatement(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.Statement request) {
        return view(agreeingStatement.agree(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/adjudication")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.ADJUDICATING_OFFICER })
    @Operation(operationId = "adjudicateStageTwo", summary = "Record the stage 2 adjudication: a decision per point and the actions agreed",
            description = "Stops the stage 2 clock. Agreed actions are published as org.redress.complaint.actions-agreed.v1 (source STAGE_2).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Decision.class),
            examples = @ExampleObject(name = "upheld", value = """
                    {"decidedOn":"2026-12-18","findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"PARTLY_UPHELD","faultAccepted":true}],"actions":[{"actionRef":"A1","type":"PAYMENT","period":"P1M","amountPence":30000}]}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView adjudicateStageTwo(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.Decision request) {
        return view(adjudicatingStageTwo.adjudicate(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/holds")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "placeHold", summary = "Put the complaint on hold: its running clocks pause",
            description = "Needs the reason, the date the complainant was told (422 hold.complainant-not-told without it) and a review date. A hold past its review date is flagged (HOLD_PAST_REVIEW).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.HoldBody.class),
            examples = @ExampleObject(name = "legalProceedings", value = """
                    {"reason":"LEGAL_PROCEEDINGS","heldOn":"2026-11-09","complainantToldOn":"2026-11-09","reviewOn":"2026-12-09"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView placeHold(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.HoldBody request) {
        return view(placingHold.hold(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/holds/release")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "releaseHold", summary = "Release the hold: the paused clocks resume",
            description = "The due dates move by exactly the working days the complaint was on hold.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Release.class),
            examples = @ExampleObject(name = "released", value = """
                    {"releasedOn":"2026-11-16"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView releaseHold(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.Release request) {
        return view(releasingHold.release(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/closure")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
            description = "Repeat a request safely: the same key and body return the first response and record the step once",
            schema = @Schema(type = SchemaType.STRING), example = "7d4f6c1e-stage-0001")
    @RolesAllowed({ Roles.COMPLAINTS_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "closeComplaint", summary = "Close the complaint for a reason from the fixed list",
            description = "RESOLVED, WITHDRAWN_BY_COMPLAINANT, NO_RESPONSE_AFTER_DOCUMENTED_ATTEMPTS or REFERRED_ELSEWHERE. A stage asked for and not yet answered cannot be closed for any other reason (422 closure.requested-stage-unanswered); failing to agree a statement of complaint is never a reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Requests.Close.class),
            examples = @ExampleObject(name = "withdrawn", value = """
                    {"reason":"WITHDRAWN_BY_COMPLAINANT","closedOn":"2026-11-20"}""")))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such complaint",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "wrongState", value = ApiResponses.CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type",
            content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "ruleBroken", value = ApiResponses.UNPROCESSABLE_EXAMPLE)))
    public ComplaintView closeComplaint(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull Requests.Close request) {
        return view(closingComplaint.close(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(org.redress.complaints.complaint.domain.Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
