package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.StatutoryClock;

/**
 * The investigation part of stage 2: appointing the investigating officer, the independent
 * person and the adjudicating officer, extending the 25 working day clock (to at most 65, complainant told why) and the dates
 * of the two reports the adjudication waits for (Regs 2006 regs 17-19).
 */
public final class StageTwoInvestigation {

    private final Complaint complaint;

    StageTwoInvestigation(Complaint complaint) {
        this.complaint = complaint;
    }

    public Change appointInvestigatingOfficer(String reference, LocalDate appointedOn, LocalDate today) {
        requireOpen("appoint the investigating officer");
        notBeforeRequest(appointedOn, "appointedOn", today);
        StageTwo.Appointment adjudicator = complaint.stageTwo.adjudicatingOfficer();
        if (adjudicator != null && adjudicator.reference().equals(reference)) {
            throw investigatorAdjudicating();
        }
        complaint.stageTwo = complaint.stageTwo.withInvestigatingOfficer(new StageTwo.Appointment(reference, appointedOn));
        return Change.noted("stage-2.investigating-officer-appointed", appointedOn,
                reference + " appointed on " + appointedOn);
    }

    /** The independent person must have declared their independence (Regs 2006 reg 17(2)). */
    public Change appointIndependentPerson(StageTwo.IndependentPerson person, LocalDate today) {
        requireOpen("appoint the independent person");
        notBeforeRequest(person.appointedOn(), "appointedOn", today);
        if (person.declaredOn() == null) {
            throw new RuleViolation("stage-two.independence-declaration-missing", ProblemKind.UNPROCESSABLE,
                    "declaration.declaredOn", "the independent person's declaration of independence is required");
        }
        if (!person.notMemberOrOfficer() || !person.notSpouseOrPartnerOfMemberOrOfficer()) {
            throw new RuleViolation("stage-two.independent-person-not-independent", ProblemKind.UNPROCESSABLE,
                    "declaration", "the independent person may not be a member or officer of the council, "
                            + "or the spouse or civil partner of one");
        }
        Dates.notInFuture(person.declaredOn(), today, "declaration.declaredOn");
        complaint.stageTwo = complaint.stageTwo.withIndependentPerson(person);
        return Change.noted("stage-2.independent-person-appointed", person.appointedOn(),
                person.reference() + " appointed on " + person.appointedOn());
    }

    /**
     * The adjudicating officer, who considers the two reports and decides (Regs 2006 reg 19): named by staff
     * reference so that an adjudicating officer sees and adjudicates only the complaints they are appointed to
     * (ComplaintScope), and never the officer who investigated, who would be judging their own report. A complaint
     * brought across from a previous system may have been adjudicated before Redress recorded who did it.
     */
    public Change appointAdjudicatingOfficer(String reference, LocalDate appointedOn, LocalDate today) {
        requireOpen("appoint the adjudicating officer");
        notBeforeRequest(appointedOn, "appointedOn", today);
        StageTwo.Appointment investigator = complaint.stageTwo.investigatingOfficer();
        if (investigator != null && investigator.reference().equals(reference)) {
            throw investigatorAdjudicating();
        }
        complaint.stageTwo = complaint.stageTwo.withAdjudicatingOfficer(new StageTwo.Appointment(reference, appointedOn));
        return Change.noted("stage-2.adjudicating-officer-appointed", appointedOn,
                reference + " appointed on " + appointedOn);
    }

    private static RuleViolation investigatorAdjudicating() {
        return new RuleViolation("stage-two.investigator-adjudicating", ProblemKind.UNPROCESSABLE, "reference",
                "the investigating officer may not adjudicate on their own investigation");
    }

    /** Extends the 25 working day clock, to at most 65, with the complainant told why. */
    public Change extend(int workingDays, String reason, LocalDate complainantToldOn, LocalDate today) {
        requireOpen("extend stage 2");
        StatutoryClock clock = complaint.clocks.get(ClockKind.STAGE_2);
        if (clock == null) {
            throw new RuleViolation("stage-two.clock-not-started", ProblemKind.CONFLICT,
                    "the stage 2 clock starts when the statement of complaint is agreed");
        }
        notBeforeRequest(complainantToldOn, "complainantToldOn", today);
        complaint.clocks.put(ClockKind.STAGE_2, clock.extend(workingDays, reason));
        complaint.stageTwo = complaint.stageTwo.extended(new StageOneExtension(workingDays, reason, complainantToldOn));
        return Change.noted("stage-2.extended", "to " + workingDays + " working days: " + reason);
    }

    public Change investigatingOfficerReported(LocalDate reportedOn, LocalDate today) {
        complaint.state.require("record the investigating officer's report", ComplaintState.STAGE_2_INVESTIGATING);
        if (complaint.stageTwo.investigatingOfficer() == null) {
            throw new RuleViolation("stage-two.investigating-officer-not-appointed", ProblemKind.CONFLICT,
                    "appoint the investigating officer first");
        }
        notBeforeRequest(reportedOn, "reportedOn", today);
        complaint.stageTwo = complaint.stageTwo.withReports(reportedOn, complaint.stageTwo.independentPersonReportOn());
        return Change.noted("stage-2.investigating-officer-reported", reportedOn, "report dated " + reportedOn);
    }

    public Change independentPersonReported(LocalDate reportedOn, LocalDate today) {
        complaint.state.require("record the independent person's report", ComplaintState.STAGE_2_INVESTIGATING);
        if (complaint.stageTwo.independentPerson() == null) {
            throw new RuleViolation("stage-two.independent-person-not-appointed", ProblemKind.CONFLICT,
                    "appoint the independent person first");
        }
        notBeforeRequest(reportedOn, "reportedOn", today);
        complaint.stageTwo = complaint.stageTwo.withReports(complaint.stageTwo.investigatingOfficerReportOn(), reportedOn);
        return Change.noted("stage-2.independent-person-reported", reportedOn, "report dated " + reportedOn);
    }

    /** The adjudication follows both reports (Regs 2006 reg 19), in time as well as in order. */
    static void requireReports(StageTwo stageTwo, LocalDate decidedOn) {
        LocalDate ioReport = stageTwo.investigatingOfficerReportOn();
        LocalDate ipReport = stageTwo.independentPersonReportOn();
        if (ioReport == null || ipReport == null) {
            throw new RuleViolation("stage-two.reports-missing", ProblemKind.CONFLICT,
                    "the adjudication follows the investigating officer's and the independent person's reports");
        }
        LocalDate lastReport = ioReport.isAfter(ipReport) ? ioReport : ipReport;
        if (decidedOn.isBefore(lastReport)) {
            throw new RuleViolation("stage-two.adjudication-before-reports", ProblemKind.UNPROCESSABLE, "decidedOn",
                    "the adjudication follows the reports, the last dated " + lastReport);
        }
    }

    private void requireOpen(String action) {
        complaint.state.require(action, ComplaintState.STAGE_2_REQUESTED, ComplaintState.STAGE_2_INVESTIGATING);
    }

    private void notBeforeRequest(LocalDate date, String field, LocalDate today) {
        Dates.notInFuture(date, today, field);
        if (date.isBefore(complaint.stageTwo.requestedOn())) {
            throw new RuleViolation("stage-two.date-before-request", ProblemKind.UNPROCESSABLE, field,
                    "stage 2 was requested on " + complaint.stageTwo.requestedOn());
        }
    }
}
