package org.redress.assessments.unmetneeds.infrastructure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentScope;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.UnmetNeeds;
import org.redress.assessments.assessment.infrastructure.AssessmentScopeSql;
import org.redress.assessments.unmetneeds.domain.OpenUnmetNeeds;
import org.redress.assessments.unmetneeds.domain.UnmetNeed;
import org.redress.servicekit.storage.NativeSql;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Unmet needs in PostgreSQL: opened and closed by assessments, listed by {@code GET /unmet-needs}. */
@ApplicationScoped
public class PanacheUnmetNeeds implements UnmetNeeds, OpenUnmetNeeds, PanacheRepositoryBase<UnmetNeedEntity, UUID> {

    @Override
    public void open(Assessment assessment, Need need, LocalDate on) {
        UnmetNeedEntity entity = new UnmetNeedEntity();
        entity.id = UUID.randomUUID();
        entity.assessmentId = assessment.id();
        entity.assessmentReference = assessment.reference().toString();
        entity.childRef = assessment.childRef();
        entity.needCode = need.code();
        entity.area = need.area().name();
        entity.resourceLedReason = need.restsOnResources();
        entity.wontEngageReason = need.restsOnEngagement();
        entity.openedOn = on;
        persist(entity);
    }

    @Override
    public Optional<LocalDate> close(Assessment assessment, String needCode, LocalDate on) {
        Optional<UnmetNeedEntity> open = find("assessmentId = ?1 and needCode = ?2 and closedOn is null",
                assessment.id(), needCode).firstResultOptional();
        open.ifPresent(entity -> entity.closedOn = on);
        return open.map(entity -> entity.openedOn);
    }

    @Override
    public List<UnmetNeed> openPage(AssessmentScope scope, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT u.* FROM unmet_need u WHERE u.closed_on IS NULL" + inScope(scope, parameters)
                + " ORDER BY u.opened_on, u.id LIMIT :size OFFSET :offset";
        parameters.put("size", size);
        // in long: an int product overflows for a far page and PostgreSQL refuses a negative offset
        parameters.put("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UnmetNeedEntity> rows = new NativeSql(sql, parameters).bind(getEntityManager(), UnmetNeedEntity.class)
                .getResultList();
        return rows.stream()
                .map(e -> new UnmetNeed(e.id, e.assessmentId, e.assessmentReference, e.childRef, e.needCode, e.area,
                        e.resourceLedReason, e.wontEngageReason, e.openedOn, e.version))
                .toList();
    }

    @Override
    public long countOpen(AssessmentScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT count(*) FROM unmet_need u WHERE u.closed_on IS NULL" + inScope(scope, parameters);
        return ((Number) new NativeSql(sql, parameters).bind(getEntityManager(), "").getSingleResult()).longValue();
    }

    /**
     * The unmet need's assessment in the caller's scope, in the list's one query: read by the assessment's primary
     * key for each open need the open-need index (unmet_need_open_idx) gives, in the list's order.
     */
    private static String inScope(AssessmentScope scope, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        return " AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = u.assessment_id"
                + AssessmentScopeSql.condition(scope, "a", parameters) + ")";
    }
}
