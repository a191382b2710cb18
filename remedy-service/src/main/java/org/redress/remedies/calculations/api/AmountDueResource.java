package org.redress.remedies.calculations.api;

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
import org.redress.servicekit.api.IfMatch;
import org.redress.servicekit.api.Versioned;
import org.redress.remedies.calculations.domain.Breakdowns;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation;
import org.redress.remedies.calculations.domain.Money;
import org.redress.remedies.calculations.domain.MissedProvisionCalculation;
import org.redress.remedies.remedycases.application.AttachingCalculation;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/** A calculation attached to a payment action as its amount due. */
@Idempotent
@Path("/remedy-cases/{id}/actions/{actionId}/amount-due")
@Tag(name = "Calculations", description = "Exact remedy amounts with a line-by-line breakdown")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmountDueResource {

    private final AttachingCalculation attaching;
    private final RemedyCaseRepository remedyCases;

    public AmountDueResource(AttachingCalculation attaching, RemedyCaseRepository remedyCases) {
        this.attaching = attaching;
        this.remedyCases = remedyCases;
    }

    /** What was attached. */
    @Schema(name = "AmountDue", description = "A payment action's amount due, from a calculation")
    public record AmountDueView(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "6e2d8f33-1a4b-4c7f-8b52-3d9e8c1f7a24") UUID actionId,
            @Schema(examples = "69000") long amountDuePence,
            @Schema(description = "The calculation in words, as kept in the timeline",
                    examples = "Missed provision 2024-07-01 to 2024-09-30 (92 days) at £52.50 a week: WHOLE_WEEKS 13 = £682.50; REMAINING_DAYS 1 = £7.50; total £690.00")
            String breakdown,
            @Schema(description = "The remedy case's version after the change, as its ETag; quote it back as "
                    + "expectedVersion or If-Match for the next change", examples = "4")
            long version) implements Versioned {
    }

    @POST
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER })
    @Operation(operationId = "attachCalculation", summary = "Make a calculation the amount due on a payment action",
            description = "Works out the calculation as the calculators do and sets the result as the action's amount due, "
                    + "keeping the breakdown in the case timeline. The amount may not fall to or below what was already paid.")
    @APIResponse(responseCode = "200", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmountDueView.class)))
    @APIResponse(responseCode = "404", description = "No such remedy case or action")
    @APIResponse(responseCode = "409", description = "Completed already, or the case changed since it was read")
    @APIResponse(responseCode = "422", description = "The calculation or the action breaks a rule")
    public AmountDueView attach(@PathParam("id") @Parameter(description = "Remedy case id") UUID id,
            @PathParam("actionId") @Parameter(description = "Payment action id") UUID actionId,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"") String ifMatch,
            @Valid @NotNull AttachCalculationRequest request) {
        request.requireOne();
        long amount;
        String breakdown;
        if (request.missedProvision() != null) {
            MissedProvisionRequest m = request.missedProvision();
            MissedProvisionCalculation c = MissedProvisionCalculation.of(m.rate(), m.from(), m.to(), m.alreadyPaid());
            amount = c.amountDue().pence();
            breakdown = Breakdowns.of(c);
        } else {
            DelayPaymentRequest d = request.delayPayment();
            DelayPaymentCalculation c = DelayPaymentCalculation.of(Money.ofPence(d.monthlyAmountPence()), d.from(), d.to(),
                    d.partMonthRule());
            amount = c.amountDue().pence();
            breakdown = Breakdowns.of(c);
        }
        attaching.attach(id, actionId, amount, breakdown, IfMatch.expected(ifMatch, request.expectedVersion()));
        // read once the change is committed, when the case's version has moved on
        return new AmountDueView(id, actionId, amount, breakdown, remedyCases.version(id));
    }
}
