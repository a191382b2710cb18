package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.StageTwo;

/** The stored shape of {@code complaint.stage_two}: the request, the statement, the appointments and the adjudication. */
public record StoredStageTwo(LocalDate requestedOn, String lateReason, LocalDate statementAgreedOn,
        String statementAgreedBy, Appointment investigatingOfficer, IndependentPerson independentPerson,
        Appointment adjudicatingOfficer, StoredStageOneExtension extension, LocalDate investigatingOfficerReportOn, LocalDate independentPersonReportOn,
        StoredStageDecision adjudication) {

    /** Someone appointed to the investigation, by reference. */
    public record Appointment(String reference, LocalDate appointedOn) {
    }

    /** The independent person and their declaration. */
    public record IndependentPerson(String reference, LocalDate appointedOn, LocalDate declaredOn,
            boolean notMemberOrOfficer, boolean notSpouseOrPartnerOfMemberOrOfficer) {
    }

    static StoredStageTwo from(StageTwo stage) {
        if (stage == null) {
            return null;
        }
        StageTwo.Appointment io = stage.investigatingOfficer();
        StageTwo.IndependentPerson ip = stage.independentPerson();
        StageTwo.Appointment ao = stage.adjudicatingOfficer();
        return new StoredStageTwo(stage.requestedOn(), stage.lateReason(), stage.statementAgreedOn(),
                stage.statementAgreedBy(), io == null ? null : new Appointment(io.reference(), io.appointedOn()),
                ip == null ? null : new IndependentPerson(ip.reference(), ip.appointedOn(), ip.declaredOn(),
                        ip.notMemberOrOfficer(), ip.notSpouseOrPartnerOfMemberOrOfficer()),
                ao == null ? null : new Appointment(ao.reference(), ao.appointedOn()),
                StoredStageOneExtension.from(stage.extension()), stage.investigatingOfficerReportOn(),
                stage.independentPersonReportOn(), StoredStageDecision.from(stage.adjudication()));
    }

    StageTwo toDomain() {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy,
                investigatingOfficer == null ? null
                        : new StageTwo.Appointment(investigatingOfficer.reference, investigatingOfficer.appointedOn),
                independentPerson == null ? null : new StageTwo.IndependentPerson(independentPerson.reference,
                        independentPerson.appointedOn, independentPerson.declaredOn, independentPerson.notMemberOrOfficer,
                        independentPerson.notSpouseOrPartnerOfMemberOrOfficer),
                adjudicatingOfficer == null ? null
                        : new StageTwo.Appointment(adjudicatingOfficer.reference, adjudicatingOfficer.appointedOn),
                extension == null ? null : extension.toDomain(), investigatingOfficerReportOn, independentPersonReportOn,
                StoredStageDecision.domainOf(adjudication));
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStageTwo> {

        public Column() {
            super(StoredStageTwo.class);
        }
    }
}
