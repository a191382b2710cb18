package org.redress.assessments.assessment.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The social care sections of a child's EHC plan that a completed assessment fills (SEND
 * Regulations 2014 reg 12; SEND Code of Practice 9.69): H1 the CSDPA 1970 s2 services found needed,
 * H2 any other social care provision, here the areas of the other eligible needs.
 */
final class EhcPlanSections {

    private EhcPlanSections() {
    }

    /** Section H1: the CSDPA 1970 s2 categories found needed, in a stable order. */
    static List<String> h1(AssessmentWork work) {
        return Arrays.stream(Csdpa2Category.values())
                .filter(category -> Boolean.TRUE.equals(work.s2.get(category)))
                .map(Enum::name)
                .toList();
    }

    /** Section H2: the areas of the eligible needs, each once, in the order recorded. */
    static List<String> h2(AssessmentWork work) {
        return work.needs().stream().filter(Need::eligible).map(need -> need.area().name()).distinct().toList();
    }
}
