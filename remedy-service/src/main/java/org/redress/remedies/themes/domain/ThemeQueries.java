package org.redress.remedies.themes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Service-improvement actions by theme, across all remedy cases. A theme gathers actions for as long as a
 * council keeps its records, so every read here is bounded: a list of themes or a case shows each theme's
 * latest {@link #LATEST_PER_THEME} actions and its counts, and a theme's actions are read a page at a time.
 */
public interface ThemeQueries {

    /** How many of a theme's actions a list of themes, or a case's earlier actions on its themes, shows. */
    int LATEST_PER_THEME = 5;

    /** Theme codes, alphabetically, {@code size} at a time, each with its counts and latest actions on {@code today}. */
    List<ThemeSummary> themes(int page, int size, LocalDate today);

    long countThemes();

    /** One page of the actions on {@code theme}, newest decision first, each with its status on {@code today}. */
    List<ThemeAction> actionsOn(String theme, int page, int size, LocalDate today);

    /** Every action on {@code theme}. */
    long countActionsOn(String theme);

    /**
     * The latest {@link #LATEST_PER_THEME} actions on each theme of this case's service improvements, agreed
     * on other cases recorded before it, newest decision first, each with its status as it stands on
     * {@code today}.
     */
    List<ThemeAction> earlierOnThemesOf(UUID remedyCaseId, LocalDate today);
}
