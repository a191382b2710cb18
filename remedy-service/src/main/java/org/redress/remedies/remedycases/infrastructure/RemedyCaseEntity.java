package org.redress.remedies.remedycases.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.redress.servicekit.storage.StoredTexts;

/** The stored row of a remedy case; mapped to and from the domain model by the repository. */
@Entity
@Table(name = "remedy_case")
public class RemedyCaseEntity {

    @Id
    public UUID id;
    public String reference;
    public String source;
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "complaint_reference")
    public String complaintReference;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    @Column(name = "child_references")
    public StoredTexts childReferences;
    // a page of cases loads its actions in one query rather than one per case
    @OneToMany(mappedBy = "remedyCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<RemedyActionEntity> actions = new ArrayList<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
