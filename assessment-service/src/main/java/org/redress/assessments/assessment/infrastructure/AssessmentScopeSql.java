package org.redress.assessments.assessment.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.redress.assessments.assessment.domain.AssessmentScope;

/**
 * {@link AssessmentScope} as SQL, for every list that shows assessments or what belongs to them (GET /assessments,
 * the open unmet needs, a child's EHC plan updates): the same rule as {@code AssessmentScope.includes}, applied in
 * the list's one query rather than item by item, so that a page holds only what the caller may see and its total
 * counts only that. Each part reads an index of V011: the assessor's assignments (GIN on {@code assessors}), the
 * team, the assessments a remedy asked for.
 */
public final class AssessmentScopeSql {

    private AssessmentScopeSql() {
    }

    /**
     * {@code " AND (...)"} keeping the assessments in {@code scope} of the assessment row aliased {@code alias}, its
     * parameters added to {@code parameters}; empty for every assessment.
     */
    public static String condition(AssessmentScope scope, String alias, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (scope.assessor() != null) {
            // an assignment naming the staff reference, past or current (V011's GIN index answers @>)
            parts.add(alias + ".assessors @> jsonb_build_array(jsonb_build_object('assessor', CAST(:scopeAssessor AS text)))");
            parameters.put("scopeAssessor", scope.assessor());
        }
        if (scope.team() != null) {
            parts.add(alias + ".team = :scopeTeam");
            parameters.put("scopeTeam", scope.team().name());
        }
        if (scope.remedyLinked()) {
            parts.add(alias + ".remedy_case_id IS NOT NULL");
        }
        return parts.isEmpty() ? " AND false" : " AND (" + String.join(" OR ", parts) + ")";
    }
}
