package org.redress.remedies.remedycases.infrastructure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.redress.servicekit.storage.StoredTexts;

/** The stored row of one agreed action, owned by its remedy case row. */
@Entity
@Table(name = "remedy_action")
public class RemedyActionEntity {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remedy_case_id")
    public RemedyCaseEntity remedyCase;
    public int position;
    @Column(name = "action_ref")
    public String actionRef;
    public String type;
    public String period;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "amount_pence")
    public Long amountPence;
    public String theme;
    public String status;
    public String description;
    public String owner;
    @JdbcTypeCode(SqlTypes.JSON)
    @Convert(converter = StoredTexts.Column.class)
    public StoredTexts conditions;
    @Column(name = "paid_pence")
    public long paidPence;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Column(name = "person_ref")
    public String personRef;
    @Column(name = "carer_type")
    public String carerType;
    @Column(name = "agreed_on")
    public LocalDate agreedOn;
    @Column(name = "remedy_outcome")
    public String remedyOutcome;
    @Column(name = "remedy_amount_pence")
    public Long remedyAmountPence;
    @Column(name = "remedy_reason")
    public String remedyReason;
    @Column(name = "remedy_decided_on")
    public LocalDate remedyDecidedOn;
    @Column(name = "remedy_decided_by")
    public String remedyDecidedBy;
    @Column(name = "remedy_payment_action_id")
    public UUID remedyPaymentActionId;
    @Version
    public long version;
}
