package org.redress.assessments.unmetneeds.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.unmetneeds.domain.OpenUnmetNeeds;
import org.redress.assessments.unmetneeds.domain.UnmetNeed;

/** Lists the open unmet needs, oldest first, so none drops out of sight (DOMAIN §3). */
@ApplicationScoped
public class ListingUnmetNeeds {

    private final OpenUnmetNeeds unmetNeeds;

    public ListingUnmetNeeds(OpenUnmetNeeds unmetNeeds) {
        this.unmetNeeds = unmetNeeds;
    }

    /** One page of open unmet needs, oldest first. */
    public List<UnmetNeed> openPage(int page, int size) {
        return unmetNeeds.openPage(page, size);
    }

    /** How many unmet needs are open. */
    public long countOpen() {
        return unmetNeeds.countOpen();
    }
}
