package org.redress.assessments.ehcplan.infrastructure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.redress.assessments.assessment.infrastructure.StoredFlags;

/** The stored row of an EHC plan update. */
@Entity
@Table(name = "ehc_plan_update")
public class EhcPlanUpdateEntity {

    @Id
    public UUID id;
    @Column(name = "child_ref")
    public String childRef;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "no_social_care_needs")
    public boolean noSocialCareNeeds;
    @Column(name = "recorded_on")
    public LocalDate recordedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredFlags.Column.class)
    public StoredFlags flags;
    @Version
    public long version;
}
