package org.redress.servicekit.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. Pages are numbered from 0. */
@Schema(name = "Page", description = "One page of results")
public record PageView<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of items on all pages", examples = "57") long total) {
}
