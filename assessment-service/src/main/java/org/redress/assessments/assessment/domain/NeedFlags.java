package org.redress.assessments.assessment.domain;

/** Flag codes for reasons that rest on something other than the child's needs. */
final class NeedFlags {

    private NeedFlags() {
    }

    static String codeFor(ResourceLedWording.Finding finding) {
        return switch (finding) {
            case NO_RESOURCES, CAPACITY, TEAM_THRESHOLD -> "need.resource-led-reason";
            case WILL_NOT_ENGAGE -> "need.will-not-engage-for-review";
        };
    }
}
