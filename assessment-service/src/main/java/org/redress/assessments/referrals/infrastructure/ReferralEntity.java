package org.redress.assessments.referrals.infrastructure;

import java.time.Instant;
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

/** The stored row of a referral; mapped to and from the domain model by the repository. */
@Entity
@Table(name = "referral")
public class ReferralEntity {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "child_ref")
    public String childRef;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "referrer_type")
    public String referrerType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredConcerns.Column.class)
    public StoredConcerns concerns;
    @Column(name = "decision_limit")
    public int decisionLimit;
    @Column(name = "disabled_child")
    public boolean disabledChild;
    @Column(name = "reason_code")
    public String reasonCode;
    public String decision;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
