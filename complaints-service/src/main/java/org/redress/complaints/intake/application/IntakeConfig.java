package org.redress.complaints.intake.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The council's intake settings ({@code redress.complaints.intake.*}): how many working days it
 * gives itself to decide a sufficient-interest complainant's standing ("as soon as possible").
 */
@ConfigMapping(prefix = "redress.complaints.intake")
public interface IntakeConfig {

    @WithDefault("5")
    int standingDecisionWorkingDays();
}
