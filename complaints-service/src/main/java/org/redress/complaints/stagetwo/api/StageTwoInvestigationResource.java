package org.redress.complaints.stagetwo.api;

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
import org.redress.complaints.reading.ComplaintView;
import org.redress.complaints.stagetwo.application.AppointingIndependentPerson;
import org.redress.complaints.stagetwo.application.AppointingOfficers;
import org.redress.complaints.stagetwo.application.ExtendingStageTwo;
import org.redress.complaints.stagetwo.application.RecordingIndependentPersonReport;
import org.redress.complaints.stagetwo.application.RecordingInvestigatingOfficerReport;
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * The stage 2 investigation over HTTP: appointments, extension and the two reports the
 * adjudication waits for.
 */
@Idempotent
@Path("/complaints/{id}")
@Tag(name = "Complaint stages", description = "Routing, the statutory stages, holds and closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageTwoInvestigationResource {

    private static final String ID_EXAMPLE = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10";

    private final AppointingOfficers appointingOfficers;
    private final AppointingIndependentPerson appointingIndependentPerson;
    private final ExtendingStageTwo extendingStageTwo;
    private final RecordingInvestigatingOfficerReport recordingInvestigatingOfficerReport;
    private final RecordingIndependentPersonReport recordingIndependentPersonReport;
    private final Clock clock;

    public StageTwoInvestigationResource(AppointingOfficers appointingOfficers, AppointingIndependentPerson appointingIndependentPerson, ExtendingStageTwo extendingStageTwo, RecordingInvestigatingOfficerReport recordingInvestigatingOfficerReport, RecordingIndependentPersonReport recordingIndependentPersonReport,
            Clock clock) {
        this.appointingOfficers = appointingOfficers;
        this.appointingIndependentPerson = appointingIndependentPerson;
        this.extendingStageTwo = extendingStageTwo;
        this.recordingInvestigatingOfficerReport = recordingInvestigatingOfficerReport;
        this.recordingIndependentPersonReport = recordingIndependentPersonReport;
        this.clock = clock;
    }

    @POST
    @Path("/stage-2/appointments/investigating-officer")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "appointInvestigatingOfficer", summary = "Record the investigating officer's appointment",
            description = "Keeps the appointment date, so the time from appointment to report can be seen.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView appointInvestigatingOfficer(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AppointmentRequest request) {
        return view(appointingOfficers.investigatingOfficer(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/appointments/independent-person")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "appointIndependentPerson", summary = "Record the independent person's appointment and declaration",
            description = "Regs 2006 reg 17(2): the independent person may not be a member or officer of the council, or the spouse or civil partner of one; the declaration is required (422 stage-two.independence-declaration-missing, stage-two.independent-person-not-independent).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndependentPersonRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView appointIndependentPerson(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull IndependentPersonRequest request) {
        return view(appointingIndependentPerson.appoint(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/appointments/adjudicating-officer")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "appointAdjudicatingOfficer", summary = "Record the adjudicating officer's appointment",
            description = "Regs 2006 reg 19: the adjudicating officer considers both reports and decides. Only the officer "
                    + "appointed may record the adjudication, and the investigating officer may not adjudicate on their own "
                    + "investigation (422 stage-two.investigator-adjudicating).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView appointAdjudicatingOfficer(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AppointmentRequest request) {
        return view(appointingOfficers.adjudicatingOfficer(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/extension")
    @RolesAllowed({ Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "extendStageTwo", summary = "Extend stage 2, to at most 65 working days",
            description = "Regs 2006 reg 17: the complainant must be told why. The clock must have started (the statement agreed, or the request if the council counts from it).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StageTwoExtensionRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView extendStageTwo(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull StageTwoExtensionRequest request) {
        return view(extendingStageTwo.extend(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/investigating-officer-report")
    @RolesAllowed({ Roles.INVESTIGATING_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordInvestigatingOfficerReport", summary = "Record the date of the investigating officer's report",
            description = "The adjudication waits for both reports.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView recordInvestigatingOfficerReport(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ReportRequest request) {
        return view(recordingInvestigatingOfficerReport.record(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    @POST
    @Path("/stage-2/independent-person-report")
    @RolesAllowed({ Roles.INVESTIGATING_OFFICER, Roles.INDEPENDENT_PERSON, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "recordIndependentPersonReport", summary = "Record the date of the independent person's report",
            description = "The adjudication waits for both reports.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequest.class)))
    @APIResponse(responseCode = "200", description = "The complaint as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the complaint's current state, or changed since the If-Match version was read (concurrent-update)")
    @APIResponse(responseCode = "422", description = "Breaks a rule of the procedure, named in the problem type")
    public ComplaintView recordIndependentPersonReport(@PathParam("id") @Parameter(description = "Complaint id", example = ID_EXAMPLE) UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull ReportRequest request) {
        return view(recordingIndependentPersonReport.record(id, request.command(), IfMatch.expected(ifMatch, null)));
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, LocalDate.now(clock));
    }
}
