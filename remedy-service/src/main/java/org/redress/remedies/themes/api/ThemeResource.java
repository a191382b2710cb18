package org.redress.remedies.themes.api;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.contracts.Bounds;
import org.redress.remedies.themes.domain.ThemeAction;
import org.redress.remedies.themes.domain.ThemeQueries;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.api.PageView;
import org.redress.servicekit.problem.ProblemDetail;
import org.redress.servicekit.security.Roles;

/** Learning themes over HTTP. */
@Path("/themes")
@Tag(name = "Themes", description = "Service improvements by learning theme, across complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    private final ThemeQueries queries;
    private final Clock clock;

    public ThemeResource(ThemeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.REMEDY_OFFICER, Roles.COMPLAINTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listThemes", summary = "List learning themes with their service-improvement actions, completed or not")
    @APIResponse(responseCode = "200", description = "One page of themes, alphabetically",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A paging parameter is out of range", content = @Content(mediaType = ApiResponses.PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class), examples = @ExampleObject(name = "badPage", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public PageView<ThemeView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Bounds.MAX_PAGE_NUMBER) @Parameter(description = "Page number, from 0", example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Page size, 1 to 100", example = "20") int size) {
        List<String> themes = queries.themes(page, size);
        List<ThemeAction> actions = queries.actionsOn(themes, LocalDate.now(clock));
        List<ThemeView> items = themes.stream()
                .map(theme -> ThemeView.of(theme, actions.stream().filter(a -> a.theme().equals(theme)).toList()))
                .toList();
        return new PageView<>(items, page, size, queries.countThemes());
    }
}
