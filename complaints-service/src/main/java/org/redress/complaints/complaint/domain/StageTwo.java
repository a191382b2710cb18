package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * Stage 2 as recorded: the request (and why a late one was accepted), the statement of complaint
 * agreed by the investigating officer (who, when), the appointments (investigating officer, independent
 * person, adjudicating officer), the extension, the two
 * reports and the adjudication. The dates are kept so that the Ombudsman's questions (how long
 * from request to appointment, appointment to report, report to adjudication) can be answered.
 */
public record StageTwo(LocalDate requestedOn, String lateReason, LocalDate statementAgreedOn,
        String statementAgreedBy, Appointment investigatingOfficer, IndependentPerson independentPerson,
        Appointment adjudicatingOfficer, StageOneExtension extension, LocalDate investigatingOfficerReportOn, LocalDate independentPersonReportOn,
        StageDecision adjudication) {

    /** Someone appointed to the investigation, by staff or register reference (never a name). */
    public record Appointment(String reference, LocalDate appointedOn) {
    }

    /**
     * The independent person and their declaration (Regs 2006 reg 17(2)): not a member or officer
     * of the council, nor the spouse or civil partner of one.
     */
    public record IndependentPerson(String reference, LocalDate appointedOn, LocalDate declaredOn,
            boolean notMemberOrOfficer, boolean notSpouseOrPartnerOfMemberOrOfficer) {
    }

    static StageTwo requested(LocalDate requestedOn, String lateReason) {
        return new StageTwo(requestedOn, lateReason, null, null, null, null, null, null, null, null, null);
    }

    StageTwo statementAgreed(LocalDate on, String by) {
        return new StageTwo(requestedOn, lateReason, on, by, investigatingOfficer, independentPerson, adjudicatingOfficer,
                extension, investigatingOfficerReportOn, independentPersonReportOn, adjudication);
    }

    StageTwo withInvestigatingOfficer(Appointment io) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, io, independentPerson,
                adjudicatingOfficer, extension, investigatingOfficerReportOn, independentPersonReportOn, adjudication);
    }

    StageTwo withIndependentPerson(IndependentPerson ip) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, investigatingOfficer, ip,
                adjudicatingOfficer, extension, investigatingOfficerReportOn, independentPersonReportOn, adjudication);
    }

    StageTwo extended(StageOneExtension by) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, investigatingOfficer,
                independentPerson, adjudicatingOfficer, by, investigatingOfficerReportOn, independentPersonReportOn, adjudication);
    }

    StageTwo withReports(LocalDate ioReport, LocalDate ipReport) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, investigatingOfficer,
                independentPerson, adjudicatingOfficer, extension, ioReport, ipReport, adjudication);
    }

    StageTwo adjudicated(StageDecision decision) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, investigatingOfficer,
                independentPerson, adjudicatingOfficer, extension, investigatingOfficerReportOn, independentPersonReportOn,
                decision);
    }

    StageTwo withAdjudicatingOfficer(Appointment ao) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, investigatingOfficer,
                independentPerson, ao, extension, investigatingOfficerReportOn, independentPersonReportOn, adjudication);
    }
}
