package org.redress.remedies.themes.domain;

import java.util.List;

/**
 * A learning theme as a list shows it: how many service improvements were agreed on it and where they
 * stand, with only the latest few of them, so that a theme with years of history costs what a new one does.
 *
 * @param theme          the theme code
 * @param actionCount    every service-improvement action agreed on it
 * @param completedCount those completed
 * @param openCount      those not completed
 * @param overdueCount   those not completed and past their due date on the day read
 * @param latest         at most {@link ThemeQueries#LATEST_PER_THEME} of its actions, newest decision first
 */
public record ThemeSummary(String theme, long actionCount, long completedCount, long openCount, long overdueCount,
        List<ThemeAction> latest) {
}
