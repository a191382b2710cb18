package org.redress.complaints.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A routing override is on the record on the day it was decided (decidedOn, today when not given), checked
 * against the complaint's own dates: the override, its timeline entry and the flag of a Part 3 matter routed
 * away from the statutory procedure are dated that day.
 */
class RoutingDecidedOnTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** An assessment of a child's needs, received Monday 5 January 2026: a Part 3 matter. */
    private static Complaint received() {
        NewComplaint details = new NewComplaint(LocalDate.of(2026, 1, 5), Channel.LETTER, ComplainantRole.PARENT,
                List.of("CR-200001"), List.of("The assessment took too long"), List.of(), null,
                List.of(SubjectMatter.ASSESSMENT));
        return Complaint.register(UUID.randomUUID(), new CaseReference("CMP", 2026, 81), details, TODAY,
                IntakeTimescales.defaults(WorkingDayCalendar.englandAndWales())).complaint();
    }

    @Test
    void theOverrideItsTimelineEntryAndItsFlagAreDatedTheDayItWasDecided() {
        Complaint complaint = received();
        Change change = complaint.intake().overrideRouting(Procedure.CORPORATE, "about school transport",
                LocalDate.of(2026, 1, 7), TODAY);
        assertThat(complaint.progress().routing().overriddenOn()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(change.notes()).extracting(TimelineNote::happenedOn).containsOnly(LocalDate.of(2026, 1, 7));
        assertThat(complaint.flagsOn(TODAY)).filteredOn(flag -> flag.code().equals(Flag.ROUTED_AWAY_FROM_STATUTORY))
                .singleElement().satisfies(flag -> assertThat(flag.raisedOn()).isEqualTo(LocalDate.of(2026, 1, 7)));
    }

    @Test
    void isTodayWhenNotGiven() {
        Complaint complaint = received();
        complaint.intake().overrideRouting(Procedure.CORPORATE, "about school transport", null, TODAY);
        assertThat(complaint.progress().routing().overriddenOn()).isEqualTo(TODAY);
    }

    @Test
    void isRefusedBeforeTheComplaintWasReceivedOrAfterToday() {
        assertThatThrownBy(() -> received().intake().overrideRouting(Procedure.CORPORATE, "about school transport",
                LocalDate.of(2026, 1, 2), TODAY)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("date.before-receipt");
                    assertThat(v.field()).isEqualTo("decidedOn");
                });
        assertThatThrownBy(() -> received().intake().overrideRouting(Procedure.CORPORATE, "about school transport",
                TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo("date.in-future"));
    }
}
