package org.redress.assessments.assessment.domain;

/**
 * The services of Chronically Sick and Disabled Persons Act 1970 s2 that a disabled child's
 * assessment must consider, each recorded as considered, needed or not (DOMAIN §3).
 */
public enum Csdpa2Category {
    /** Practical assistance in the home, including home-based short breaks. */
    PRACTICAL_ASSISTANCE_IN_THE_HOME,
    /** Recreational and educational facilities, including community short breaks. */
    RECREATIONAL_AND_EDUCATIONAL_FACILITIES,
    /** Assistance with travel to and from those facilities. */
    TRAVEL_ASSISTANCE,
    /** Adaptations to the home and equipment. */
    ADAPTATIONS
}
