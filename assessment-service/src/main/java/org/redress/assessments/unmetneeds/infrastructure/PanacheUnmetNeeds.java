package org.redress.assessments.unmetneeds.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.UnmetNeeds;
import org.redress.assessments.unmetneeds.domain.OpenUnmetNeeds;
import org.redress.assessments.unmetneeds.domain.UnmetNeed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

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
    public List<UnmetNeed> openPage(int page, int size) {
        return find("closedOn is null", Sort.ascending("openedOn").and("id")).page(Page.of(page, size)).list().stream()
                .map(e -> new UnmetNeed(e.id, e.assessmentId, e.assessmentReference, e.childRef, e.needCode, e.area,
                        e.resourceLedReason, e.wontEngageReason, e.openedOn, e.version))
                .toList();
    }

    @Override
    public long countOpen() {
        return find("closedOn is null").count();
    }
}
