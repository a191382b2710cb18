package org.redress.remedies.remedycases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.contracts.events.RemedyActionCreated;
import org.redress.contracts.events.RemedyCaseOpened;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

class RemedyCaseTest {

    static final CaseReference REFERENCE = new CaseReference("REM", 2026, 42);
    private static final UUID COMPLAINT = UUID.fromString("3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10");
    private static final LocalDate END_OF_JANUARY = LocalDate.of(2026, 1, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static AgreedActionTerms action(String ref, ActionType type, String period) {
        return new AgreedActionTerms(ref, type, period, null, null);
    }

    static NewRemedyCase decidedOn(LocalDate decisionDate, List<String> children, AgreedActionTerms... actions) {
        return new NewRemedyCase(RemedySource.OMBUDSMAN, COMPLAINT, "CMP-2026-000123-3", decisionDate, children,
                List.of(actions));
    }

    static RemedyCase.Opening open(NewRemedyCase details) {
        return RemedyCase.open(UUID.randomUUID(), REFERENCE, details, TODAY, UUID::randomUUID);
    }

    static void assertBreaks(Runnable opening, String rule, String field) {
        assertThatThrownBy(opening::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
        });
    }

    @Nested
    class DueDates {

        @Test
        void countCalendarPeriodsFromTheDecisionDateClampingMonthEnds() {
            var remedyCase = open(decidedOn(END_OF_JANUARY, List.of(),
                    action("A1", ActionType.APOLOGY, "P4W"),
                    action("A2", ActionType.NAMED_CONTACT, "P1M"),
                    action("A3", ActionType.SHARE_DOCUMENT, "P3M"),
                    action("A4", ActionType.EVIDENCE_TO_OMBUDSMAN, "P14D"))).remedyCase();

            // 31 Jan + 28 days = 28 Feb; 31 Jan + 1 month clamps to 28 Feb (2026 is not a leap year);
            // 31 Jan + 3 months clamps to 30 Apr; 31 Jan + 14 days = 14 Feb
            assertThat(remedyCase.actions()).extracting(RemedyAction::dueDate).containsExactly(
                    LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30),
                    LocalDate.of(2026, 2, 14));
            assertThat(remedyCase.actions()).extracting(RemedyAction::period)
                    .containsExactly(CalendarPeriod.FOUR_WEEKS, CalendarPeriod.ONE_MONTH, CalendarPeriod.THREE_MONTHS,
                            CalendarPeriod.ofDays(14));
            assertThat(remedyCase.actions()).extracting(RemedyAction::status).containsOnly(ActionStatus.OPEN);
        }

        @Test
        void clampOneMonthFromTheEndOfJanuaryToTheTwentyNinthInALeapYear() {
            var remedyCase = open(decidedOn(LocalDate.of(2024, 1, 31), List.of(),
                    action("A1", ActionType.APOLOGY, "P1M"))).remedyCase();
            assertThat(remedyCase.actions().get(0).dueDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void refuseAnUnrecognisedPeriodNamingTheAction() {
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P1Y"))),
                    "period.unrecognised-code", "actions[0].period");
        }

        @Test
        void refuseAPeriodOfNothing() {
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P0W"))),
                    "period.non-positive-amount", "actions[0].period");
        }
    }

    @Nested
    class Overdue {

        private final RemedyAction dueEndOfFebruary = open(decidedOn(END_OF_JANUARY, List.of(),
                action("A1", ActionType.APOLOGY, "P1M"))).remedyCase().actions().get(0);

        @Test
        void isNotOverdueOnItsDueDate() {
            assertThat(dueEndOfFebruary.overdueOn(LocalDate.of(2026, 2, 28))).isFalse();
        }

        @Test
        void isOverdueFromTheDayAfterItsDueDate() {
            assertThat(dueEndOfFebruary.overdueOn(LocalDate.of(2026, 3, 1))).isTrue();
        }

        @Test
        void isNeverOverdueOnceCompleted() {
            RemedyAction completed = new RemedyAction(dueEndOfFebruary.id(), "A1", ActionType.APOLOGY,
                    CalendarPeriod.ONE_MONTH, dueEndOfFebruary.dueDate(), null, null, ActionStatus.COMPLETED);
            assertThat(completed.overdueOn(LocalDate.of(2026, 6, 1))).isFalse();
        }
    }

    @Nested
    class Events {

        @Test
        void announceTheCaseWithItsActionCount() {
            var opening = open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P4W"),
                    action("A2", ActionType.NAMED_CONTACT, "P4W")));
            assertThat(opening.events()).hasSize(3).first().isInstanceOfSatisfying(RemedyCaseOpened.class, e -> {
                assertThat(e.remedyCaseId()).isEqualTo(opening.remedyCase().id());
                assertThat(e.reference()).isEqualTo(REFERENCE.toString());
                assertThat(e.complaintId()).isEqualTo(COMPLAINT);
                assertThat(e.source()).isEqualTo("OMBUDSMAN");
                assertThat(e.decisionDate()).isEqualTo(END_OF_JANUARY);
                assertThat(e.actionCount()).isEqualTo(2);
            });
        }

        @Test
        void announceEachActionAfterTheCaseWithItsDueDate() {
            var opening = open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P4W"),
                    action("A2", ActionType.NAMED_CONTACT, "P1M")));
            var actions = opening.remedyCase().actions();

            assertThat(opening.events()).hasSize(3);
            assertThat(opening.events().subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOf(RemedyActionCreated.class));
            List<RemedyActionCreated> created = opening.events().subList(1, 3).stream().map(RemedyActionCreated.class::cast).toList();
            assertThat(created).extracting(RemedyActionCreated::actionId)
                    .containsExactly(actions.get(0).id(), actions.get(1).id());
            assertThat(created).extracting(RemedyActionCreated::actionRef).containsExactly("A1", "A2");
            assertThat(created).extracting(RemedyActionCreated::actionType).containsExactly("APOLOGY", "NAMED_CONTACT");
            // 31 Jan + 28 days = 28 Feb; + 1 month clamps to 28 Feb
            assertThat(created).extracting(RemedyActionCreated::dueDate)
                    .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));
            assertThat(created).allSatisfy(e -> {
                assertThat(e.remedyCaseId()).isEqualTo(opening.remedyCase().id());
                assertThat(e.reference()).isEqualTo(REFERENCE.toString());
                assertThat(e.complaintId()).isEqualTo(COMPLAINT);
            });
        }

        @Test
        void announceAnAddedActionOnce() {
            var remedyCase = open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P4W"))).remedyCase();
            UUID added = UUID.randomUUID();

            var change = remedyCase.addAction(added, action("A2", ActionType.SHARE_DOCUMENT, "P14D"), TODAY);

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(RemedyActionCreated.class, e -> {
                assertThat(e.actionId()).isEqualTo(added);
                assertThat(e.actionRef()).isEqualTo("A2");
                assertThat(e.actionType()).isEqualTo("SHARE_DOCUMENT");
                assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 2, 14));
            });
        }

        @Test
        void askForOneReassessmentPerChildDueWhenTheActionIsDue() {
            var opening = open(decidedOn(END_OF_JANUARY, List.of("CR-1001", "CR-1002"),
                    action("A1", ActionType.APOLOGY, "P4W"), action("A2", ActionType.REASSESSMENT, "P3M")));
            UUID reassessment = opening.remedyCase().actions().get(1).id();

            assertThat(opening.events()).hasSize(5).first().isInstanceOf(RemedyCaseOpened.class);
            List<ReassessmentRequested> requests = new ArrayList<>();
            opening.events().stream().skip(3).forEach(e -> requests.add((ReassessmentRequested) e));
            assertThat(requests).extracting(ReassessmentRequested::childRef).containsExactly("CR-1001", "CR-1002");
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.actionId()).isEqualTo(reassessment);
                assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
                assertThat(r.complaintId()).isEqualTo(COMPLAINT);
            });
        }
    }

    @Nested
    class Reassessments {

        private final AgreedActionTerms onConditions = new AgreedActionTerms("A2", ActionType.REASSESSMENT, "P3M", null,
                null, "Reassess both children's needs", "Children with Disabilities team",
                List.of("Keep the children's contact with professionals to a minimum"));

        @Test
        void carryTheActionsConditionsToEachChildsRequestAgreedOnTheDecisionDate() {
            var opening = open(decidedOn(END_OF_JANUARY, List.of("CR-1001", "CR-1002"), onConditions));

            List<ReassessmentRequested> requests = opening.events().stream()
                    .filter(ReassessmentRequested.class::isInstance).map(ReassessmentRequested.class::cast).toList();
            assertThat(requests).hasSize(2).allSatisfy(r -> {
                assertThat(r.conditions()).containsExactly("Keep the children's contact with professionals to a minimum");
                assertThat(r.agreedOn()).isEqualTo(END_OF_JANUARY);
            });
            assertThat(opening.remedyCase().actions().get(0).conditions())
                    .containsExactly("Keep the children's contact with professionals to a minimum");
        }

        @Test
        void agreedLaterCountFromTheDayTheyWereAgreed() {
            var remedyCase = open(decidedOn(END_OF_JANUARY, List.of("CR-1001"), action("A1", ActionType.APOLOGY, "P4W")))
                    .remedyCase();
            LocalDate agreedOn = LocalDate.of(2026, 3, 2);

            var change = remedyCase.agreeLater(UUID.randomUUID(), onConditions, agreedOn, TODAY);

            assertThat(change.events()).filteredOn(ReassessmentRequested.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(ReassessmentRequested.class, r -> {
                        assertThat(r.agreedOn()).isEqualTo(agreedOn);
                        assertThat(r.conditions()).containsExactly(
                                "Keep the children's contact with professionals to a minimum");
                        // due from the decision date: 31 Jan + 3 months = 30 Apr (31 Apr clamped)
                        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
                    });
            assertThat(change.timeline()).singleElement().satisfies(e -> assertThat(e.on()).isEqualTo(agreedOn));
        }

        @Test
        void agreedLaterAreRefusedADayBeforeTheDecisionOrAfterToday() {
            var remedyCase = open(decidedOn(END_OF_JANUARY, List.of("CR-1001"), action("A1", ActionType.APOLOGY, "P4W")))
                    .remedyCase();

            assertBreaks(() -> remedyCase.agreeLater(UUID.randomUUID(), onConditions, END_OF_JANUARY.minusDays(1), TODAY),
                    "remedy.date-before-decision", "agreedOn");
            assertBreaks(() -> remedyCase.agreeLater(UUID.randomUUID(), onConditions, TODAY.plusDays(1), TODAY),
                    "remedy.date-in-future", "agreedOn");
        }
    }

    @Nested
    class Timeline {

        @Test
        void startsWithEachAgreedActionOnTheDecisionDateWhateverDayTheCaseIsRecorded() {
            var opening = open(decidedOn(END_OF_JANUARY, List.of(),
                    new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W", null, null, "Written apology from the Director",
                            "Head of Children's Services", List.of()),
                    action("A2", ActionType.NAMED_CONTACT, "P1M")));

            assertThat(opening.timeline()).extracting(TimelineEntry::kind)
                    .containsExactly(TimelineEntry.Kind.ACTION_ADDED, TimelineEntry.Kind.ACTION_ADDED);
            assertThat(opening.timeline()).extracting(TimelineEntry::actionId)
                    .containsExactlyElementsOf(opening.remedyCase().actions().stream().map(RemedyAction::id).toList());
            // recorded on 25 Nov, agreed on 31 Jan: the timeline shows the day it was agreed
            assertThat(opening.timeline()).extracting(TimelineEntry::on).containsOnly(END_OF_JANUARY);
            assertThat(opening.timeline()).extracting(TimelineEntry::note)
                    .containsExactly("Written apology from the Director", null);
        }

        @Test
        void showsAnActionAddedLaterOnTheDayItWasAgreed() {
            var remedyCase = open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P4W"))).remedyCase();
            UUID added = UUID.randomUUID();
            LocalDate agreedOn = LocalDate.of(2026, 3, 2);

            var change = remedyCase.addAction(added, action("A2", ActionType.SHARE_DOCUMENT, "P14D"), agreedOn);

            assertThat(change.timeline()).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.ACTION_ADDED);
                assertThat(entry.actionId()).isEqualTo(added);
                assertThat(entry.on()).isEqualTo(agreedOn);
            });
            // still due from the decision date, not from the day it was added
            assertThat(change.remedyCase().action(added).dueDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        }
    }

    @Nested
    class Refuses {

        @Test
        void aDecisionDatedAfterToday() {
            assertBreaks(() -> open(decidedOn(TODAY.plusDays(1), List.of(), action("A1", ActionType.APOLOGY, "P4W"))),
                    DecisionDatePolicy.RULE, "decisionDate");
        }

        @Test
        void aReassessmentWhenNoChildIsNamed() {
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.REASSESSMENT, "P3M"))),
                    ReassessmentPolicy.RULE, "childReferences");
        }

        @Test
        void theSameActionRefTwice() {
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P4W"),
                    action("A1", ActionType.NAMED_CONTACT, "P4W"))), "remedy.duplicate-action-ref", "actions[1].actionRef");
        }

        @Test
        void aCaseWithoutActions() {
            assertBreaks(() -> decidedOn(END_OF_JANUARY, List.of()), "remedy.no-actions", "actions");
        }

        @Test
        void aComplaintReferenceWithAWrongCheckDigit() {
            assertBreaks(() -> new NewRemedyCase(RemedySource.STAGE_1, COMPLAINT, "CMP-2026-000123-4", END_OF_JANUARY,
                    List.of(), List.of(action("A1", ActionType.APOLOGY, "P4W"))),
                    "remedy.complaint-reference-invalid", "complaintReference");
        }

        @Test
        void anEventWithoutADecisionDateAsAMissingField() {
            assertThatThrownBy(() -> new NewRemedyCase(RemedySource.STAGE_1, COMPLAINT, null, null, List.of(),
                    List.of(action("A1", ActionType.APOLOGY, "P4W"))))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("remedy.missing-field");
                        assertThat(v.field()).isEqualTo("decisionDate");
                    });
        }

        @Test
        void aPeriodLongerThanTheOmbudsmansLongest() {
            // P120M (10 years) is the longest; P9999M would be due in the 29th century
            assertThat(open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P120M")))
                    .remedyCase().actions().get(0).dueDate()).isEqualTo(LocalDate.of(2036, 1, 31));
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P9999M"))),
                    "remedy.period-too-long", "actions[0].period");
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P522W"))),
                    "remedy.period-too-long", "actions[0].period");
            assertBreaks(() -> open(decidedOn(END_OF_JANUARY, List.of(), action("A1", ActionType.APOLOGY, "P9999D"))),
                    "remedy.period-too-long", "actions[0].period");
        }

        @Test
        void aDecisionBeforeTheFirstCaseRecordsFromAnEvent() {
            // the HTTP edge refuses it with 400; an event has no bean validation, so the domain refuses it too
            assertBreaks(() -> open(decidedOn(LocalDate.of(1, 1, 1), List.of(), action("A1", ActionType.APOLOGY, "P4W"))),
                    "remedy.decision-date-too-early", "decisionDate");
            assertBreaks(() -> open(decidedOn(LocalDate.MIN, List.of(), action("A1", ActionType.APOLOGY, "P4W"))),
                    "remedy.decision-date-too-early", "decisionDate");
        }

        @Test
        void aComplaintReferenceLongerThanAnyRealOne() {
            // a valid check digit over a serial padded with zeros: still a reference, but no column holds it
            String padded = "CMP-2026-" + "0".repeat(40) + "123-3";
            assertBreaks(() -> new NewRemedyCase(RemedySource.STAGE_1, COMPLAINT, padded, END_OF_JANUARY,
                    List.of(), List.of(action("A1", ActionType.APOLOGY, "P4W"))),
                    "remedy.complaint-reference-invalid", "complaintReference");
        }

        @Test
        void anUnknownSourceOrActionTypeCode() {
            assertThatThrownBy(() -> RemedySource.fromCode("STAGE_4")).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.rule()).isEqualTo("remedy.unknown-source"));
            assertThatThrownBy(() -> ActionType.fromCode("HUG", "actions[2].type"))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("actions[2].type"));
        }
    }
}
