package org.redress.complaints.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.StatutoryClock;

/**
 * A complaint about children's social care: who made it, about which children, its numbered
 * points, the procedure it is handled under and the stage 1 clock that started on receipt.
 */
public final class Complaint {

    private final UUID id;
    private final CaseReference reference;
    private final NewComplaint details;
    private final List<ComplaintPoint> points;
    private final Procedure procedure;
    private final StatutoryClock stageOneClock;

    public Complaint(UUID id, CaseReference reference, NewComplaint details, Procedure procedure,
            StatutoryClock stageOneClock) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.points = IntStream.range(0, details.points().size())
                .mapToObj(i -> new ComplaintPoint(i + 1, details.points().get(i)))
                .toList();
        this.procedure = procedure;
        this.stageOneClock = stageOneClock;
    }

    /**
     * Registers a complaint received on {@code details.receivedDate()}, which cannot be after
     * {@code today}: the stage 1 clock would otherwise start in the future.
     */
    public static Registration register(UUID id, CaseReference reference, NewComplaint details, LocalDate today,
            StatutoryClock stageOneClock) {
        if (details.receivedDate().isAfter(today)) {
            throw new RuleViolation("intake.received-date-in-future", ProblemKind.UNPROCESSABLE, "receivedDate",
                    "receivedDate " + details.receivedDate() + " is after today (" + today + ")");
        }
        if (details.matterArose() != null && details.matterArose().isAfter(details.receivedDate())) {
            throw new RuleViolation("intake.matter-after-receipt", ProblemKind.UNPROCESSABLE, "matterArose",
                    "matterArose cannot be after receivedDate");
        }
        // Routing between procedures is decided by the routing policy; until a complaint is routed
        // it is handled as a children's statutory complaint, the procedure this service exists for.
        Complaint complaint = new Complaint(id, reference, details, Procedure.STATUTORY_CHILDREN, stageOneClock);
        ComplaintRegistered event = new ComplaintRegistered(id, reference.toString(), details.receivedDate(),
                complaint.procedure.name(), stageOneClock.snapshotOn(details.receivedDate()).effectiveDueDate());
        return new Registration(complaint, event);
    }

    /** A registered complaint and the event that announces it. */
    public record Registration(Complaint complaint, ComplaintRegistered event) {
    }

    public UUID id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public NewComplaint details() {
        return details;
    }

    public List<ComplaintPoint> points() {
        return points;
    }

    public Procedure procedure() {
        return procedure;
    }

    public StatutoryClock stageOneClock() {
        return stageOneClock;
    }
}
