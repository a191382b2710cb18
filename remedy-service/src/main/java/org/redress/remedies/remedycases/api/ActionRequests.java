package org.redress.remedies.remedycases.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.remedies.remedycases.domain.Completion;
import org.redress.remedies.remedycases.domain.Payment;
import org.redress.servicekit.validation.HappenedOn;

/** Requests that move an action on. Each may quote the case version read, to refuse a stale update. */
public final class ActionRequests {

    /** A progress note is a line or a paragraph, kept shorter than {@link Bounds#MAX_NARRATIVE_LENGTH}. */
    static final int MAX_NOTE_LENGTH = 2000;
    /** Evidence for one step: a handful of documents, far fewer than {@link Bounds#MAX_LIST_SIZE}. */
    static final int MAX_EVIDENCE_REFS = 20;

    private ActionRequests() {
    }

    /** A progress note with evidence. */
    @Schema(name = "ActionProgressRequest", description = "Progress on an action")
    public record ProgressRequest(
            @NotBlank @Size(max = MAX_NOTE_LENGTH) @Schema(description = "What was done", examples = "Draft apology with the Director for signature", required = true)
            String note,
            @Size(max = MAX_EVIDENCE_REFS) @Schema(description = "References to evidence (document ids)", examples = "[\"DOC-88121\"]")
            List<@NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) String> evidenceRefs,
            @Min(0) @Schema(description = "The case version read; a stale one is refused with 409", examples = "3")
            Long expectedVersion) {
    }

    /** The action is done. */
    @Schema(name = "ActionCompletionRequest", description = "An action done, with its date and evidence")
    public record CompletionRequest(
            @NotNull @HappenedOn @Schema(description = "The day it was done; not in the future", examples = "2026-12-10", required = true)
            LocalDate completedOn,
            @HappenedOn @Schema(description = "APOLOGY only, and required for it: the day the apology was sent, on or before completedOn",
                    examples = "2026-12-09")
            LocalDate apologySentOn,
            @Size(max = MAX_EVIDENCE_REFS) @Schema(description = "References to evidence; required for a SERVICE_IMPROVEMENT, "
                    + "a SHARE_DOCUMENT and EVIDENCE_TO_OMBUDSMAN",
                    examples = "[\"TRAINING-2026-14\"]")
            List<@NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) String> evidenceRefs,
            @Min(0) @Schema(description = "The case version read; a stale one is refused with 409", examples = "3")
            Long expectedVersion) {

        Completion toCompletion() {
            return new Completion(completedOn, apologySentOn, evidenceRefs);
        }
    }

    /** A payment made. */
    @Schema(name = "PaymentRequest", description = "A payment made against a payment action")
    public record PaymentRequest(
            @NotNull @Schema(examples = "MISSED_PROVISION", required = true)
            Payment.PaymentKind kind,
            @NotNull @HappenedOn @Schema(description = "The day it was paid; not in the future", examples = "2026-12-05", required = true)
            LocalDate paidOn,
            @NotNull @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Amount in pence", examples = "54225", required = true)
            Long amountPence,
            @NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH)
            @Pattern(regexp = "[A-Za-z0-9/-]+", message = "must be a finance reference of letters, digits, / or -")
            @Schema(description = "The finance system's reference", examples = "AP-2026-118830", required = true)
            String reference,
            @Min(0) @Schema(description = "The case version read; a stale one is refused with 409", examples = "3")
            Long expectedVersion) {

        Payment toPayment() {
            return new Payment(kind, paidOn, amountPence, reference);
        }
    }
}
