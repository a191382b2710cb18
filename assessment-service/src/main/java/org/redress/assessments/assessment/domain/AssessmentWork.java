package org.redress.assessments.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What is recorded while an assessment is carried out: the team, its conditions, the assessors
 * over time, the needs one by one, the CSDPA s2 consideration, flags, the timeline, completion
 * and the provision that started. Kept apart from {@link Assessment}'s identity and clock so
 * that each stays small; {@link Assessment} is the only way in.
 */
public final class AssessmentWork {

    /** Assessment Framework practice: a third social worker on one assessment is flagged (LGSCO). */
    static final int ASSESSORS_BEFORE_FLAG = 2;

    /** The timeline's entries of work done in the assessment, said in words. */
    private static final Map<String, String> WORK = Map.of("ASSESSOR_ASSIGNED", "the assignment of",
            "NEED_RECORDED", "need", "CSDPA_S2_CONSIDERED", "the consideration of CSDPA s2");

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
    /** How many timeline entries were stored already: those after them are this change's, not yet recorded. */
    private int storedEntries;

    /** Rebuilds the work from what was stored (or starts it empty). */
    public AssessmentWork(Team team, List<String> conditions, List<AssessorAssignment> assessors, List<Need> needs,
            Map<Csdpa2Category, Boolean> s2, List<CaringFamilyMember> carers, List<Flag> flags,
            List<TimelineEntry> timeline, List<Provision> provisions, LocalDate completedOn, ChildInNeedPlan plan) {
        this.team = team == null ? Team.CHILDRENS_SOCIAL_CARE : team;
        this.conditions = new ArrayList<>(conditions == null ? List.of() : conditions);
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
        this.storedEntries = this.timeline.size();
        this.provisions = new ArrayList<>(provisions == null ? List.of() : provisions);
        this.completedOn = completedOn;
        this.plan = plan;
    }

    /** Starts the work {@code on} the assessment's first day, under the conditions it was opened with. */
    static AssessmentWork start(Team team, List<String> conditions, LocalDate on) {
        AssessmentWork work = new AssessmentWork(team, null, null, null, null, null, null, null, null, null, null);
        work.timeline.add(new TimelineEntry(on, "OPENED", null));
        work.addConditions(conditions == null ? List.of() : conditions, on);
        return work;
    }

    /**
     * Adds the conditions not yet recorded, each once and in order, agreed {@code on}: each goes on the timeline
     * in its own words, so that the assessor and anyone reading the record later sees what was agreed and when.
     * At most {@link Bounds#MAX_LIST_SIZE} conditions in all, as for any list it keeps.
     */
    void addConditions(List<String> added, LocalDate on) {
        List<String> fresh = added.stream().distinct().filter(condition -> !conditions.contains(condition)).toList();
        if (conditions.size() + fresh.size() > Bounds.MAX_LIST_SIZE) {
            throw new RuleViolation("assessment.too-many-conditions", ProblemKind.UNPROCESSABLE, "conditions",
                    "an assessment records at most " + Bounds.MAX_LIST_SIZE + " conditions");
        }
        for (String condition : fresh) {
            conditions.add(condition);
            timeline.add(new TimelineEntry(on, "CONDITION_ADDED", condition));
        }
    }

    /**
     * Marks the timeline entries added since the work was loaded (or last stored) as recorded {@code at} by
     * {@code by}, as they are stored. Entries stored earlier keep what they had: an entry stored before
     * Redress kept when and by whom is not given the time and actor of a later change.
     */
    public void markRecorded(Instant at, String by) {
        for (int i = storedEntries; i < timeline.size(); i++) {
            timeline.set(i, timeline.get(i).recordedAt(at, by));
        }
        storedEntries = timeline.size();
    }

    /**
     * The latest work recorded in the assessment (an assessor assigned, a need found, a CSDPA s2 category
     * considered), which its completion cannot precede; {@code null} when none is recorded.
     */
    static HappenedOnPolicy.Earlier latestWork(List<TimelineEntry> timeline) {
        return timeline.stream()
                .filter(entry -> WORK.containsKey(entry.what()))
                .max(Comparator.comparing(TimelineEntry::on))
                .map(entry -> new HappenedOnPolicy.Earlier(WORK.get(entry.what()) + " " + entry.about(), entry.on()))
                .orElse(null);
    }

    void flag(String code, String about, LocalDate on) {
        flags.add(new Flag(code, about, on));
        timeline.add(new TimelineEntry(on, "FLAGGED", code + (about == null ? "" : ":" + about)));
    }

    public Team team() {
        return team;
    }

    public List<String> conditions() {
        return List.copyOf(conditions);
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
