package org.redress.assessments.assessment.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.redress.assessments.assessment.domain.AssessorAssignment;
import org.redress.assessments.assessment.domain.CaringFamilyMember;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.assessment.domain.Flag;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.Provision;
import org.redress.assessments.assessment.domain.TimelineEntry;

/** The stored row of an assessment; mapped to and from the domain model by the repository. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "child_ref")
    public String childRef;
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
    public List<String> conditions;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AssessorAssignment> assessors;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Need> needs;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "csdpa_s2")
    public Map<Csdpa2Category, Boolean> csdpaS2;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaringFamilyMember> carers;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TimelineEntry> timeline;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Provision> provisions;
    @Column(name = "cin_plan_start")
    public LocalDate cinPlanStart;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cin_plan_reviews")
    public List<LocalDate> cinPlanReviews;
    @Column(name = "cin_plan_review_due")
    public LocalDate cinPlanReviewDue;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
