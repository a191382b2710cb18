package org.redress.remedies.themes.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.servicekit.audit.ReadAudit;
import org.redress.servicekit.security.Roles;

/** Learning themes over HTTP. */
@Path("/themes")
@Tag(name = "Themes", description = "Service improvements by learning theme, across complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    private final ThemeQueries queries;
    private final Clock clock;

    private final ReadAudit readAudit;

    public ThemeResource(ThemeQueries queries, Clock clock, ReadAudit readAudit) {
        this.readAudit = readAudit;
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listThemes", summary = "List learning themes with their counts and latest service-improvement actions",
            description = "Each theme gives how many service-improvement actions were agreed on it, how many are "
                    + "completed, open and overdue today, and its latest " + ThemeQueries.LATEST_PER_THEME
                    + " actions, newest decision first; the rest are at GET /themes/{theme}/actions. A page holds "
                    + "at most 100 themes of at most " + ThemeQueries.LATEST_PER_THEME + " actions each, whatever "
                    + "the history behind them.")
    @APIResponse(responseCode = "200", description = "One page of themes, alphabetically")
    public ThemePage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        List<ThemeView> items = queries.themes(page, size, LocalDate.now(clock)).stream().map(ThemeView::of).toList();
        // each theme shows its latest actions, and with them the remedy cases they belong to
        readAudit.listed("remedy-case", items.stream().flatMap(theme -> theme.actions().stream())
                .map(ThemeView.ThemeActionView::remedyCaseId).toList());
        return new ThemePage(items, page, size, queries.countThemes());
    }

    @GET
    @Path("/{theme}/actions")
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listThemeActions", summary = "List the service-improvement actions on a theme, newest decision first",
            description = "Every action agreed on the theme across complaints, completed or not, a page at a time, "
                    + "each with its status today.")
    @APIResponse(responseCode = "200", description = "One page of the theme's actions")
    @APIResponse(responseCode = "400", description = "The theme code or a paging parameter is malformed or out of range")
    @APIResponse(responseCode = "404", description = "No service-improvement action was ever agreed on the theme")
    public ThemeActionPage actions(
            // any code a decision may give a theme (the API's own and those complaints-service sends)
            @PathParam("theme") @Pattern(regexp = Bounds.REFERENCE_PATTERN, message = Bounds.REFERENCE_MESSAGE)
            @Parameter(description = "The theme code", example = "direct-payments-policy") String theme,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        long total = queries.countActionsOn(theme);
        if (total == 0) {
            // the code is the caller's: it is not repeated back
            throw new RuleViolation("not-found", ProblemKind.NOT_FOUND, "theme",
                    "no service-improvement action was agreed on this theme");
        }
        var items = queries.actionsOn(theme, page, size, LocalDate.now(clock)).stream()
                .map(ThemeView.ThemeActionView::of).toList();
        readAudit.listed("remedy-case", items.stream().map(ThemeView.ThemeActionView::remedyCaseId).toList());
        return new ThemeActionPage(items, page, size, total);
    }
}
