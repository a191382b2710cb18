package org.redress.assessments.ehcplan.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.assessments.ehcplan.domain.EhcPlans;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.infrastructure.AssessmentScopeSql;
import org.redress.assessments.assessment.infrastructure.StoredFlags;
import org.redress.servicekit.storage.NativeSql;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** EHC plan updates in PostgreSQL. */
@ApplicationScoped
public class PanacheEhcPlans implements EhcPlans, PanacheRepositoryBase<EhcPlanUpdateEntity, UUID> {

    @Override
    public void add(EhcPlanUpdate update) {
        EhcPlanUpdateEntity entity = new EhcPlanUpdateEntity();
        entity.id = update.id();
        entity.childRef = update.childRef();
        entity.issuedOn = update.issuedOn();
        entity.noSocialCareNeeds = update.noSocialCareNeeds();
        entity.recordedOn = update.recordedOn();
        entity.flags = StoredFlags.from(update.flags());
        persist(entity);
    }

    @Override
    public boolean childHasPlan(String childRef) {
        return find("childRef", childRef).count() > 0;
    }

    @Override
    public List<EhcPlanUpdate> forChild(String childRef, AssessmentScope scope, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT e.* FROM ehc_plan_update e WHERE e.child_ref = :childRef" + childInScope(scope, parameters)
                + " ORDER BY e.issued_on DESC, e.id LIMIT :size OFFSET :offset";
        parameters.put("childRef", childRef);
        parameters.put("size", size);
        // in long: an int product overflows for a far page and PostgreSQL refuses a negative offset
        parameters.put("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<EhcPlanUpdateEntity> rows = new NativeSql(sql, parameters)
                .bind(getEntityManager(), EhcPlanUpdateEntity.class).getResultList();
        return rows.stream()
                .map(e -> new EhcPlanUpdate(e.id, e.childRef, e.issuedOn, e.noSocialCareNeeds, e.recordedOn, e.flags.toDomain(),
                        e.version))
                .toList();
    }

    @Override
    public long countForChild(String childRef, AssessmentScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT count(*) FROM ehc_plan_update e WHERE e.child_ref = :childRef"
                + childInScope(scope, parameters);
        parameters.put("childRef", childRef);
        return ((Number) new NativeSql(sql, parameters).bind(getEntityManager(), "").getSingleResult()).longValue();
    }

    /** The child has an assessment in the caller's scope (read from the child's assessments, assessment_child_idx). */
    private static String childInScope(AssessmentScope scope, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        return " AND EXISTS (SELECT 1 FROM assessment a WHERE a.child_ref = e.child_ref"
                + AssessmentScopeSql.condition(scope, "a", parameters) + ")";
    }
}
