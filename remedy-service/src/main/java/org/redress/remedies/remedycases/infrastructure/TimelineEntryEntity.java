package org.redress.remedies.remedycases.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.redress.servicekit.storage.StoredTexts;

/** The stored row of one timeline entry. */
@Entity
@Table(name = "remedy_timeline")
public class TimelineEntryEntity {

    @Id
    public UUID id;
    @Column(name = "remedy_case_id")
    public UUID remedyCaseId;
    @Column(name = "action_id")
    public UUID actionId;
    public String kind;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    @Column(name = "evidence_refs")
    public StoredTexts evidenceRefs;
    @Column(name = "amount_pence")
    public Long amountPence;
    public String reference;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
}
