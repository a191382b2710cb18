package org.redress.assessments.unmetneeds.domain;

import java.util.List;

/** The unmet needs still open, across assessments. */
public interface OpenUnmetNeeds {

    /** Open unmet needs, oldest first: the longest-waiting families at the top. */
    List<UnmetNeed> openPage(int page, int size);

    long countOpen();
}
