package org.redress.assessments.reassessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
