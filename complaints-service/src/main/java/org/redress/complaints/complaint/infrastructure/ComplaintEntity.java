package org.redress.complaints.complaint.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;

import com.fasterxml.jackson.databind.JsonNode;
import org.hibernate.type.SqlTypes;

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
    @Column(name = "child_references")
    public List<String> childReferences;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> points;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "desired_outcomes")
    public List<String> desiredOutcomes;
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
    @Column(name = "subject_matters")
    public List<String> subjectMatters;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode routing;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "out_of_time")
    public JsonNode outOfTime;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_one_extension")
    public JsonNode stageOneExtension;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_one_response")
    public JsonNode stageOneResponse;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_two")
    public JsonNode stageTwo;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_three")
    public JsonNode stageThree;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode ombudsman;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode standing;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode holds;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode declines;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode flags;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode closure;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
