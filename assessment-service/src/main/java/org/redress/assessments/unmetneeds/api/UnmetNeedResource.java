package org.redress.assessments.unmetneeds.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.assessments.assessment.domain.NeedArea;
import org.redress.assessments.unmetneeds.application.ListingUnmetNeeds;
import org.redress.contracts.Bounds;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.api.Versioned;
import org.redress.servicekit.security.Roles;

/** Open unmet needs across assessments, oldest first, so none drops out of sight (DOMAIN §3). */
@Path("/unmet-needs")
@Tag(name = "Unmet needs", description = "Eligible needs left unmet, open until provision starts")
@Produces(MediaType.APPLICATION_JSON)
public class UnmetNeedResource {

    private final ListingUnmetNeeds unmetNeeds;
    private final Clock clock;

    private final ReadAudit readAudit;

    public UnmetNeedResource(ListingUnmetNeeds unmetNeeds, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.unmetNeeds = unmetNeeds;
        this.clock = clock;
    }

    /** An open unmet need and how long it has been open. */
    @Schema(name = "UnmetNeed", description = "An eligible need left unmet, with its age")
    public record UnmetNeedView(UUID id, UUID assessmentId, @Schema(examples = "ASM-2026-000042-3") String assessmentReference,
            @Schema(examples = "CR-104233") String childRef, @Schema(examples = "N1") String needCode,
            @Schema(implementation = NeedArea.class, examples = "CARER_BREAK") String area,
            @Schema(description = "The reason given rests on resources, capacity or a threshold", examples = "true")
            boolean resourceLedReason,
            @Schema(description = "The reason given is that the family would not engage: a different fault from a "
                    + "resource-led one, for review", examples = "false")
            boolean wontEngageReason,
            @Schema(examples = "2026-09-01") LocalDate openedOn,
            @Schema(description = "Calendar days open", examples = "85") long ageDays,
            @Schema(description = "The unmet need's version", examples = "0") long version) implements Versioned {
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.REMEDY_OFFICER })
    @Operation(operationId = "listUnmetNeeds", summary = "List open unmet needs, oldest first, with their age",
            description = "Only those of the assessments the caller may read (as GET /assessments/{id}).")
    @APIResponse(responseCode = "200", description = "One page of open unmet needs")
    public UnmetNeedPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        var items = unmetNeeds.openPage(page, size).stream()
                .map(need -> new UnmetNeedView(need.id(), need.assessmentId(), need.assessmentReference(), need.childRef(),
                        need.needCode(), need.area(), need.resourceLedReason(), need.wontEngageReason(), need.openedOn(),
                        ChronoUnit.DAYS.between(need.openedOn(), today), need.version()))
                .toList();
        // an unmet need is part of its assessment's case: the assessment is what was seen
        readAudit.listed("assessment", items.stream().map(UnmetNeedView::assessmentId).toList());
        return new UnmetNeedPage(items, page, size, unmetNeeds.countOpen());
    }
}
