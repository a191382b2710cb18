package org.redress.remedies.remedycases.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.Bounds;
import org.redress.remedies.remedycases.domain.ActionWorkQueue;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.AsOf;
import org.redress.servicekit.security.Roles;
import org.redress.statutorytime.WorkingDayCalendar;

/** A remedy officer's work queue: the agreed actions not yet completed, soonest due first. */
@Path("/remedy-actions")
@Tag(name = "Remedy actions", description = "Each agreed action followed until it is done, with evidence")
@Produces(MediaType.APPLICATION_JSON)
public class ActionWorkQueueResource {

    private final ActionWorkQueue queue;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    private final ReadAudit readAudit;

    public ActionWorkQueueResource(ActionWorkQueue queue, WorkingDayCalendar calendar, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.queue = queue;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "listRemedyActionWorkQueue", summary = "The work queue: actions not yet completed, soonest due first",
            description = "Every agreed action of every remedy case that is not completed, by due date then action id, "
                    + "each with its case and complaint. state=OVERDUE keeps those past their due date; "
                    + "state=DUE_SOON those due today or within 5 working days. With asOf, the queue as it stood at "
                    + "the end of that day, from the record: the actions agreed by then and not completed by then "
                    + "(those completed since are listed as they were), their state, status and days judged on it.")
    @APIResponse(responseCode = "200", description = "One page of open actions")
    @APIResponse(responseCode = "400", description = "A paging or filter parameter is out of range, or asOf is not a calendar day or is after today")
    @APIResponse(responseCode = "422", description = "asOf is a day outside the working-day calendar Redress counts with")
    public QueuedRemedyActionPage list(
            // taken as text so that an unknown state is a 400 naming the parameter, not JAX-RS's 404 for a query
            // parameter it cannot convert
            @QueryParam("state") @Pattern(regexp = "OVERDUE|DUE_SOON", message = "must be OVERDUE or DUE_SOON")
            @Parameter(description = "OVERDUE or DUE_SOON; every open action when absent", example = "OVERDUE",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "OVERDUE", "DUE_SOON" })) String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size,
            // taken as text so that a day that is not a calendar day is a 400 naming asOf, not JAX-RS's 404
            @QueryParam(AsOf.PARAMETER) @Parameter(description = AsOf.DESCRIPTION, example = "2026-12-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        LocalDate day = AsOf.day(asOf, LocalDate.now(clock));
        LocalDate dueSoonUntil = ActionWorkQueue.dueSoonUntil(calendar, day);
        ActionWorkQueue.Due due = state == null || state.isEmpty() ? null : ActionWorkQueue.Due.valueOf(state);
        var items = queue.page(due, day, page, size).stream()
                .map(a -> QueuedActionView.of(a, day, dueSoonUntil)).toList();
        readAudit.listed("remedy-case", items.stream().map(QueuedActionView::remedyCaseId).toList());
        return new QueuedRemedyActionPage(items, page, size, queue.total(due, day));
    }
}
