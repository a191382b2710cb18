package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Where open unmet needs are kept, so they stay visible across assessments until provision starts. */
public interface UnmetNeeds {

    /** Opens an unmet need for an eligible need the completed assessment left unmet. */
    void open(Assessment assessment, Need need, LocalDate on);

    /** Closes the unmet need for this need of the assessment, if one is open, and returns the day it was opened. */
    Optional<LocalDate> close(Assessment assessment, String needCode, LocalDate on);
}
