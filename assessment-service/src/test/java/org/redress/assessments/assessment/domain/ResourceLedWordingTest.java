package org.redress.assessments.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.assessments.assessment.domain.ResourceLedWording.Finding;

class ResourceLedWordingTest {

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "The family would benefit from support but there are no resources at present.|NO_RESOURCES",
            "Short breaks were agreed in principle; funding is not available this financial year.|NO_RESOURCES",
            "Due to limited budget we cannot offer a direct payment.|NO_RESOURCES",
            "The council is not able to fund overnight care.|NO_RESOURCES",
            "The disabled children's team is at capacity.|CAPACITY",
            "The service is currently over capacity so no package can start.|CAPACITY",
            "Placed on the waiting list for the short breaks service.|CAPACITY",
            "No social worker is available to hold the case.|CAPACITY",
            "Does not meet the team's threshold for a specialist service.|TEAM_THRESHOLD",
            "The child doesn’t meet the service's threshold.|TEAM_THRESHOLD",
            "Below the panel's threshold for support.|TEAM_THRESHOLD",
            "Mother will not engage with the family support worker.|WILL_NOT_ENGAGE",
            "Support closed as the family refused to engage.|WILL_NOT_ENGAGE",
            "Case closed for non-engagement.|WILL_NOT_ENGAGE" })
    void flagsReasonsThatRestOnTheCouncilRatherThanTheChild(String reason, Finding expected) {
        assertThat(ResourceLedWording.findIn(reason)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is about the child")
    @ValueSource(strings = {
            "The family has resources of its own and grandparents provide weekly respite.",
            "Meets the threshold for eligibility under the council's criteria.",
            "The child's needs are met through the local offer youth club.",
            "Parents are resourceful and manage personal care with the equipment provided.",
            "Father engages well with the school and attends every review.",
            "Need is met by the family: the older sister is not a carer and helps only occasionally.",
            "Community resources such as the library and the park are used every week.",
            "Waiting for the occupational therapy report before deciding on adaptations.",
            "" })
    void doesNotFlagReasonsAboutTheChildsNeeds(String reason) {
        assertThat(ResourceLedWording.findIn(reason)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void treatsNoReasonAsNothingToFlag() {
        assertThat(ResourceLedWording.findIn(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\": resource-led {1}, would not engage {2}")
    @CsvSource(delimiter = '|', value = {
            "There are no resources at present.|true|false",
            "The team is at capacity.|true|false",
            "Mother will not engage with the family support worker.|false|true",
            "Case closed for non-engagement.|false|true",
            "No funding is available and in any case the family refused to engage.|true|true",
            "Met through the local offer youth club.|false|false" })
    void keepsAResourceLedReasonApartFromAFamilyThatWouldNotEngage(String reason, boolean resources, boolean engagement) {
        Need need = new Need("N1", NeedArea.HEALTH, "need", true, 10, WayMet.NOT_MET, reason, false);

        assertThat(need.restsOnResources()).as("rests on resources").isEqualTo(resources);
        assertThat(need.restsOnEngagement()).as("rests on engagement").isEqualTo(engagement);
    }
}
