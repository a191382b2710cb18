package org.redress.remedies.themes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Service-improvement actions by theme, across all remedy cases. */
public interface ThemeQueries {

    /** Theme codes, alphabetically, {@code size} at a time. */
    List<String> themes(int page, int size);

    long countThemes();

    /** Every action on these themes, oldest decision first, each with its status as it stands on {@code today}. */
    List<ThemeAction> actionsOn(List<String> themes, LocalDate today);

    /**
     * The actions on the same themes as this case's service improvements, agreed on other cases, each
     * with its status as it stands on {@code today}.
     */
    List<ThemeAction> earlierOnThemesOf(UUID remedyCaseId, LocalDate today);
}
