package org.redress.assessments.assessment.application;

import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.Team;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;
import org.redress.servicekit.security.Roles;

/**
 * The scope of the caller in hand ({@link AssessmentScope}), from their roles and their token's staff reference
 * and team claims. A social worker, a team manager and a remedy officer each see the assessments their part
 * allows, a caller holding several of these roles what any of them allows; any other role a caller holds
 * (auditor, integration client) sees every assessment its operations allow, as does the service itself
 * (consumers, sweeps). The operation's roles are checked before this, by the REST layer.
 *
 * <p>Referrals are not scoped: they are the front door, triaged by the duty social workers and team managers
 * before any team is allocated or any assessor assigned, so every social worker and team manager sees them.
 */
@ApplicationScoped
public class AssessmentAccess {

    /** Roles whose holders see only the assessments their part in them allows. */
    static final Set<String> NEED_TO_KNOW = Set.of(Roles.SOCIAL_WORKER, Roles.TEAM_MANAGER, Roles.REMEDY_OFFICER);

    private final CurrentActor currentActor;

    public AssessmentAccess(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    public AssessmentScope scope() {
        Actor actor = currentActor.get();
        if (actor.isSystem() || actor.roles().isEmpty() || !NEED_TO_KNOW.containsAll(actor.roles())) {
            return AssessmentScope.EVERY_ASSESSMENT;
        }
        Team team = team();
        String staffReference = currentActor.staffReference().orElse(null);
        AssessmentScope scope = AssessmentScope.NO_ASSESSMENT;
        if (actor.roles().contains(Roles.SOCIAL_WORKER)) {
            scope = scope.or(AssessmentScope.socialWorker(staffReference, team));
        }
        if (actor.roles().contains(Roles.TEAM_MANAGER)) {
            scope = scope.or(AssessmentScope.teamManager(team));
        }
        if (actor.roles().contains(Roles.REMEDY_OFFICER)) {
            scope = scope.or(AssessmentScope.remedyOfficer());
        }
        return scope;
    }

    /**
     * Whether the caller may read one assessment outside their scope by giving a reason (break-glass): a team
     * manager, who may have to act on a family's case out of hours or across teams. Never a change or a list.
     */
    public boolean mayBreakGlass() {
        Actor actor = currentActor.get();
        return !actor.isSystem() && actor.roles().contains(Roles.TEAM_MANAGER);
    }

    /** The caller's team claim as a team; a value naming no team is no team (their team's assessments: none). */
    private Team team() {
        return currentActor.team()
                .flatMap(claim -> Arrays.stream(Team.values()).filter(t -> t.name().equals(claim)).findFirst())
                .orElse(null);
    }
}
