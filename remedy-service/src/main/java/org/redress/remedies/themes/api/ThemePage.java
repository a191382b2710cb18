package org.redress.remedies.themes.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of learning themes. */
@Schema(name = "ThemePage", description = "One page of learning themes, alphabetically")
public record ThemePage(
        @Schema(description = "The themes on this page") List<ThemeView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of themes on all pages", examples = "9") long total) {
}
