package org.redress.assessments.ehcplan.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.ehcplan.domain.EhcPlanUpdate;
import org.redress.assessments.ehcplan.domain.EhcPlans;
import org.redress.assessments.assessment.infrastructure.StoredFlags;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

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
    public List<EhcPlanUpdate> forChild(String childRef, int page, int size) {
        return find("childRef", Sort.descending("issuedOn").and("id"), childRef).page(Page.of(page, size)).list()
                .stream()
                .map(e -> new EhcPlanUpdate(e.id, e.childRef, e.issuedOn, e.noSocialCareNeeds, e.recordedOn, e.flags.toDomain(),
                        e.version))
                .toList();
    }

    @Override
    public long countForChild(String childRef) {
        return find("childRef", childRef).count();
    }
}
