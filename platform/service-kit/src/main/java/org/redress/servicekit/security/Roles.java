package org.redress.servicekit.security;

import java.util.List;

/**
 * The roles Redress knows, as they arrive in the token's roles claim ({@code groups} by
 * default). Each REST operation lists the roles it allows with {@code @RolesAllowed}; an
 * operation without one is refused ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    public static final String COMPLAINTS_OFFICER = "complaints-officer";
    public static final String COMPLAINTS_MANAGER = "complaints-manager";
    public static final String INVESTIGATING_OFFICER = "investigating-officer";
    public static final String ADJUDICATING_OFFICER = "adjudicating-officer";
    /** The independent person appointed to oversee a stage 2 investigation (Regs 2006 reg 17(2)). */
    public static final String INDEPENDENT_PERSON = "independent-person";
    /** A member of a stage 3 review panel (Regs 2006 reg 20). */
    public static final String REVIEW_PANEL_MEMBER = "review-panel-member";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String REMEDY_OFFICER = "remedy-officer";
    /** Reads everything, changes nothing (internal audit, the Ombudsman's and Ofsted's access). */
    public static final String AUDITOR = "auditor";
    /**
     * Runs the service: inspects and replays events its consumers refused ({@code /dead-letters}) and sees
     * the details of {@code /q/health}; sees no case data.
     */
    public static final String OPERATOR = "operator";
    /** Other council systems calling Redress: reads, and the writes the README lists. */
    public static final String INTEGRATION_CLIENT = "integration-client";

    public static final List<String> ALL = List.of(COMPLAINTS_OFFICER, COMPLAINTS_MANAGER, INVESTIGATING_OFFICER,
            ADJUDICATING_OFFICER, INDEPENDENT_PERSON, REVIEW_PANEL_MEMBER, SOCIAL_WORKER, TEAM_MANAGER, REMEDY_OFFICER, AUDITOR, INTEGRATION_CLIENT,
            OPERATOR);

    private Roles() {
    }
}
