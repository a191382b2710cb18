package org.redress.assessments.unmetneeds.infrastructure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored row of an open (or closed) unmet need. */
@Entity
@Table(name = "unmet_need")
public class UnmetNeedEntity {

    @Id
    public UUID id;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(name = "assessment_reference")
    public String assessmentReference;
    @Column(name = "child_ref")
    public String childRef;
    @Column(name = "need_code")
    public String needCode;
    public String area;
    @Column(name = "resource_led_reason")
    public boolean resourceLedReason;
    @Column(name = "wont_engage_reason")
    public boolean wontEngageReason;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Version
    public long version;
}
