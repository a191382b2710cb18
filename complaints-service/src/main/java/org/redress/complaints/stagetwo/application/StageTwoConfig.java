package org.redress.complaints.stagetwo.application;

import org.redress.complaints.complaint.domain.StageTwoSettings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The council's stage 2 clock settings ({@code redress.complaints.stage-two.*}): where the 25/65
 * working day clock starts, and how long a request may wait for an agreed statement.
 */
@ConfigMapping(prefix = "redress.complaints.stage-two")
public interface StageTwoConfig {

    /** STATEMENT_AGREED (statutory guidance) or REQUEST (some councils and Ombudsman decisions). */
    @WithDefault("STATEMENT_AGREED")
    StageTwoSettings.StartPoint clockStart();

    /** Working days from the request to the agreed statement before the request shows as unprogressed. */
    @WithDefault("10")
    int progressionWorkingDays();

    default StageTwoSettings settings() {
        return new StageTwoSettings(clockStart(), progressionWorkingDays());
    }
}
