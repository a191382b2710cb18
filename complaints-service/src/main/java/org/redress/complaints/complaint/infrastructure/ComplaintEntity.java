package org.redress.complaints.complaint.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;

import org.hibernate.type.SqlTypes;
import org.redress.servicekit.storage.StoredTexts;

/** The stored row of a complaint; mapped to and from the domain model by the repository. */
@Entity
@Table(name = "complaint")
public class ComplaintEntity {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    public String channel;
    @Column(name = "complainant_role")
    public String complainantRole;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    @Column(name = "child_references")
    public StoredTexts childReferences;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    public StoredTexts points;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    @Column(name = "desired_outcomes")
    public StoredTexts desiredOutcomes;
    @Column(name = "matter_arose")
    public LocalDate matterArose;
    public String procedure;
    @Column(name = "advocate_reference")
    public String advocateReference;
    @Column(name = "stage_one_limit")
    public int stageOneLimit;
    @Column(name = "stage_one_maximum_limit")
    public int stageOneMaximumLimit;
    public String state;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    @Column(name = "subject_matters")
    public StoredTexts subjectMatters;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredRouting.Column.class)
    public StoredRouting routing;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredOutOfTime.Column.class)
    @Column(name = "out_of_time")
    public StoredOutOfTime outOfTime;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredStageOneExtension.Column.class)
    @Column(name = "stage_one_extension")
    public StoredStageOneExtension stageOneExtension;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredStageDecision.Column.class)
    @Column(name = "stage_one_response")
    public StoredStageDecision stageOneResponse;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredStageTwo.Column.class)
    @Column(name = "stage_two")
    public StoredStageTwo stageTwo;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredStageThree.Column.class)
    @Column(name = "stage_three")
    public StoredStageThree stageThree;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredOmbudsman.Column.class)
    public StoredOmbudsman ombudsman;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredStanding.Column.class)
    public StoredStanding standing;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredHold.Column.class)
    public List<StoredHold> holds;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredDecline.Column.class)
    public List<StoredDecline> declines;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredFlag.Column.class)
    public List<StoredFlag> flags;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredClosure.Column.class)
    public StoredClosure closure;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
