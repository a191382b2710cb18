package org.redress.remedies.themes.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the service-improvement actions on a theme. */
@Schema(name = "ThemeActionPage", description = "One page of the service-improvement actions on a theme, newest decision first")
public record ThemeActionPage(
        @Schema(description = "The actions on this page") List<ThemeView.ThemeActionView> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of actions on the theme", examples = "4") long total) {
}
