package org.redress.assessments.referrals.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.contracts.Bounds;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Grants;
import org.redress.servicekit.security.RequiresGrant;
import org.redress.servicekit.security.Roles;

/**
 * Referrals in brief, newest received first, for the council systems that need to know which referrals came in
 * and what was decided but not what they said.
 */
@Path("/referral-summaries")
@Tag(name = "Referrals", description = "Referrals about children and their decision clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralSummaryResource {

    private final ReferralRepository referrals;
    private final ReadAudit readAudit;
    private final Clock clock;

    public ReferralSummaryResource(ReferralRepository referrals, ReadAudit readAudit, Clock clock) {
        this.referrals = referrals;
        this.readAudit = readAudit;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.INTEGRATION_CLIENT })
    @RequiresGrant(Grants.CASES_READ_SUMMARY)
    @Operation(operationId = "listReferralSummaries", summary = "Referrals in brief: ids, references, decisions and dates",
            description = "The referrals GET /referrals lists, newest received first, each without the concerns raised, "
                    + "the reason or the referrer.")
    @APIResponse(responseCode = "200", description = "One page of referrals in brief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralSummaryPage.class)))
    @APIResponse(responseCode = "400", description = "A paging parameter is out of range")
    public ReferralSummaryPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER)
            @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        List<ReferralSummary> items = referrals.page(page, size).stream().map(referral -> ReferralSummary.of(referral, today))
                .toList();
        readAudit.listed("referral", items.stream().map(ReferralSummary::id).toList());
        return new ReferralSummaryPage(items, page, size, referrals.count());
    }
}
