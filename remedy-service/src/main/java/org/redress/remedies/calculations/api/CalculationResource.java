package org.redress.remedies.calculations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.remedies.calculations.api.CalculationViews.DelayPaymentView;
import org.redress.remedies.calculations.api.CalculationViews.MissedProvisionView;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation;
import org.redress.remedies.calculations.domain.Money;
import org.redress.remedies.calculations.domain.MissedProvisionCalculation;
import org.redress.servicekit.idempotency.Idempotent;
import org.redress.servicekit.security.Roles;

/**
 * The remedy calculators over HTTP. They store nothing: officers use them to work out and show
 * an amount before agreeing it, so they are open to complaints officers as well.
 */
@Idempotent
@Path("/calculations")
@Tag(name = "Calculations", description = "Exact remedy amounts with a line-by-line breakdown")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalculationResource {

    @POST
    @Path("/missed-provision")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.COMPLAINTS_OFFICER })
    @Operation(operationId = "calculateMissedProvision", summary = "Work out missed provision over an inclusive period",
            description = "Whole weeks × weekly amount + remaining days × weekly ÷ 7, less what was already paid. "
                    + "Rounding: " + MissedProvisionCalculation.ROUNDING_RULE + ". Stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MissedProvisionRequest.class)))
    @APIResponse(responseCode = "200", description = "The calculation and its breakdown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MissedProvisionView.class)))
    @APIResponse(responseCode = "422", description = "The terms break a rule (period reversed, no or two rates, paid more than due)")
    public MissedProvisionView missedProvision(@Valid @NotNull MissedProvisionRequest request) {
        return MissedProvisionView.of(MissedProvisionCalculation.of(request.rate(), request.from(), request.to(),
                request.alreadyPaid()));
    }

    @POST
    @Path("/delay-payment")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.COMPLAINTS_OFFICER })
    @Operation(operationId = "calculateDelayPayment", summary = "Work out a symbolic payment per month of delay",
            description = "Whole months of the inclusive period as a person counts them (1 January to 31 March is 3; "
                    + "15 January to 14 February is 1; a month from the 31st ends at the end of a shorter month) × the "
                    + "monthly sum, and the days left over as a part month counted as a month unless partMonth is "
                    + "IGNORE (never a fraction of a month). Stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelayPaymentRequest.class)))
    @APIResponse(responseCode = "200", description = "The calculation and its breakdown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelayPaymentView.class)))
    @APIResponse(responseCode = "422", description = "The period ends before it starts, is longer than 120 months, or a sum of nothing")
    public DelayPaymentView delayPayment(@Valid @NotNull DelayPaymentRequest request) {
        return DelayPaymentView.of(DelayPaymentCalculation.of(Money.ofPence(request.monthlyAmountPence()),
                request.from(), request.to(), request.partMonthRule()));
    }
}
