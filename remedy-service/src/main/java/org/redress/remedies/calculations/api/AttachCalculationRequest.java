package org.redress.remedies.calculations.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/** Exactly one calculation to make a payment action's amount due. */
@Schema(name = "AttachCalculationRequest", description = "Give exactly one of missedProvision or delayPayment")
public record AttachCalculationRequest(
        @Valid MissedProvisionRequest missedProvision,
        @Valid DelayPaymentRequest delayPayment,
        @Min(0) @Schema(description = "The case version read; a stale one is refused with 409", examples = "3")
        Long expectedVersion) {

    void requireOne() {
        if ((missedProvision == null) == (delayPayment == null)) {
            throw new RuleViolation("calculation.one-calculation", ProblemKind.UNPROCESSABLE, "missedProvision",
                    "give exactly one of missedProvision or delayPayment");
        }
    }
}
