package org.redress.servicekit.deadletters;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of dead-lettered events, numbered from 0. */
@Schema(name = "DeadLetterPage", description = "One page of dead-lettered events, newest first")
public record DeadLetterPage(
        @Schema(description = "The events on this page") List<DeadLetterView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "50") int size,
        @Schema(description = "Number of events on all pages", examples = "3") long total) {
}
