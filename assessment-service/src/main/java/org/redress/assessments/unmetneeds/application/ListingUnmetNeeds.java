package org.redress.assessments.unmetneeds.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.application.AssessmentAccess;
import org.redress.assessments.unmetneeds.domain.OpenUnmetNeeds;
import org.redress.assessments.unmetneeds.domain.UnmetNeed;

/** Lists the open unmet needs, oldest first, so none drops out of sight (DOMAIN §3). */
@ApplicationScoped
public class ListingUnmetNeeds {

    private final OpenUnmetNeeds unmetNeeds;
    private final AssessmentAccess access;

    public ListingUnmetNeeds(OpenUnmetNeeds unmetNeeds, AssessmentAccess access) {
        this.unmetNeeds = unmetNeeds;
        this.access = access;
    }

    /** One page of the open unmet needs of the assessments the caller may read, oldest first. */
    public List<UnmetNeed> openPage(int page, int size) {
        return unmetNeeds.openPage(access.scope(), page, size);
    }

    /** How many unmet needs of the assessments the caller may read are open. */
    public long countOpen() {
        return unmetNeeds.countOpen(access.scope());
    }
}
