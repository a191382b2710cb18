package org.redress.assessments.unmetneeds.domain;

import java.util.List;

import org.redress.assessments.assessment.domain.AssessmentScope;

/** The unmet needs still open, across assessments. */
public interface OpenUnmetNeeds {

    /**
     * Open unmet needs of the assessments in {@code scope}, oldest first: the longest-waiting families at the top.
     * An unmet need is part of its assessment's case, so it is shown to whoever may read the assessment.
     */
    List<UnmetNeed> openPage(AssessmentScope scope, int page, int size);

    long countOpen(AssessmentScope scope);
}
