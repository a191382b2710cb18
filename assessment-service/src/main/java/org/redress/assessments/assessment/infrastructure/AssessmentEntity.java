package org.redress.assessments.assessment.infrastructure;

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
import org.redress.servicekit.storage.StoredTexts;

/** The stored row of an assessment; mapped to and from the domain model by the repository. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "child_ref")
    public String childRef;
    @Column(name = "carer_ref")
    public String carerRef;
    @Column(name = "assessment_type")
    public String assessmentType;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "clock_limit")
    public int clockLimit;
    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;
    @Column(name = "remedy_reference")
    public String remedyReference;
    @Column(name = "remedy_action_id")
    public UUID remedyActionId;
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "remedy_due_date")
    public LocalDate remedyDueDate;
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "disabled_child")
    public boolean disabledChild;
    public String team;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    public StoredTexts conditions;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredAssessors.Column.class)
    public StoredAssessors assessors;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredNeeds.Column.class)
    public StoredNeeds needs;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredCsdpaS2.Column.class)
    @Column(name = "csdpa_s2")
    public StoredCsdpaS2 csdpaS2;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredCarers.Column.class)
    public StoredCarers carers;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredFlags.Column.class)
    public StoredFlags flags;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTimeline.Column.class)
    public StoredTimeline timeline;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredProvisions.Column.class)
    public StoredProvisions provisions;
    @Column(name = "cin_plan_start")
    public LocalDate cinPlanStart;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredPlanReviews.Column.class)
    @Column(name = "cin_plan_reviews")
    public StoredPlanReviews cinPlanReviews;
    @Column(name = "cin_plan_review_due")
    public LocalDate cinPlanReviewDue;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
