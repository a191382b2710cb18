package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is recorded while an assessment is carried out: the team, its conditions, the assessors
 * over time, the needs one by one, the CSDPA s2 consideration, flags, the timeline, completion
 * and the provision that started. Kept apart from {@link Assessment}'s identity and clock so
 * that each stays small; {@link Assessment} is the only way in.
 */
public final class AssessmentWork {

    /** Assessment Framework practice: a third social worker on one assessment is flagged (LGSCO). */
    static final int ASSESSORS_BEFORE_FLAG = 2;

    final Team team;
    final List<String> conditions;
    final List<AssessorAssignment> assessors;
    final Map<String, Need> needs;
    final Map<Csdpa2Category, Boolean> s2;
    final List<CaringFamilyMember> carers;
    final List<Flag> flags;
    final List<TimelineEntry> timeline;
    final List<Provision> provisions;
    LocalDate completedOn;
    ChildInNeedPlan plan;

    /** Rebuilds the work from what was stored (or starts it empty). */
    public AssessmentWork(Team team, List<String> conditions, List<AssessorAssignment> assessors, List<Need> needs,
            Map<Csdpa2Category, Boolean> s2, List<CaringFamilyMember> carers, List<Flag> flags,
            List<TimelineEntry> timeline, List<Provision> provisions, LocalDate completedOn, ChildInNeedPlan plan) {
        this.team = team == null ? Team.CHILDRENS_SOCIAL_CARE : team;
        this.conditions = List.copyOf(conditions == null ? List.of() : conditions);
        this.assessors = new ArrayList<>(assessors == null ? List.of() : assessors);
        this.needs = new LinkedHashMap<>();
        (needs == null ? List.<Need>of() : needs).forEach(need -> this.needs.put(need.code(), need));
        this.s2 = new EnumMap<>(Csdpa2Category.class);
        if (s2 != null) {
            this.s2.putAll(s2);
        }
        this.carers = new ArrayList<>(carers == null ? List.of() : carers);
        this.flags = new ArrayList<>(flags == null ? List.of() : flags);
        this.timeline = new ArrayList<>(timeline == null ? List.of() : timeline);
        this.provisions = new ArrayList<>(provisions == null ? List.of() : provisions);
        this.completedOn = completedOn;
        this.plan = plan;
    }

    static AssessmentWork start(Team team, List<String> conditions, LocalDate on) {
        AssessmentWork work = new AssessmentWork(team, conditions, null, null, null, null, null, null, null, null, null);
        work.timeline.add(new TimelineEntry(on, "OPENED", null));
        return work;
    }

    void flag(String code, String about, LocalDate on) {
        flags.add(new Flag(code, about, on));
        timeline.add(new TimelineEntry(on, "FLAGGED", code + (about == null ? "" : ":" + about)));
    }

    public Team team() {
        return team;
    }

    public List<String> conditions() {
        return conditions;
    }

    public List<AssessorAssignment> assessors() {
        return List.copyOf(assessors);
    }

    public List<Need> needs() {
        return List.copyOf(needs.values());
    }

    public Map<Csdpa2Category, Boolean> s2() {
        return Map.copyOf(s2);
    }

    public List<CaringFamilyMember> carers() {
        return List.copyOf(carers);
    }

    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Provision> provisions() {
        return List.copyOf(provisions);
    }

    /** The child in need plan that followed the assessment, if one started. */
    public Optional<ChildInNeedPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }
}
