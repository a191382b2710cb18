package org.redress.complaints.remedyprogress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A remedy case opened for a complaint. */
@Entity
@Table(name = "complaint_remedy_case")
public class RemedyCaseLink {

    @Id
    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;
    @Column(name = "complaint_id")
    public UUID complaintId;
    public String reference;
    public String source;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "action_count")
    public int actionCount;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
