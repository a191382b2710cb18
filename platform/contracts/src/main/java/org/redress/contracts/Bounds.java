package org.redress.contracts;

import java.time.LocalDate;

/**
 * The plausible range of every kind of value Redress records, declared once so that the HTTP edge
 * (Bean Validation on request records, visible in the OpenAPI documents) and the event consumers
 * (checking what another service sent) refuse the same things. A value outside these bounds is a
 * mistake or an attack, never a real case: refusing it keeps one bad value from corrupting a figure
 * or stopping a consumer.
 */
public final class Bounds {

    /**
     * The largest single amount in pence: £10 million. Ombudsman remedies and council payments to a
     * family are in the hundreds or thousands of pounds; a yearly care package is rarely above £500,000.
     */
    public static final long MAX_AMOUNT_PENCE = 1_000_000_000L;

    /** Hours of support in a week cannot exceed the hours in a week. */
    public static final int MAX_HOURS_PER_WEEK = 168;

    /**
     * Case facts start here. Redress records complaints, assessments and remedies under the 2006
     * Regulations and the Children Act 1989 as amended; nothing it handles happened before 2000.
     */
    public static final LocalDate EARLIEST_CASE_DATE = LocalDate.of(2000, 1, 1);

    /** A planned date (a review, a due date, a hold's review) lies at most this many years ahead. */
    public static final int LATEST_PLANNED_YEARS_AHEAD = 10;

    /** A calendar period of remedy or delay (the Ombudsman uses weeks and months): at most 10 years. */
    public static final int MAX_PERIOD_MONTHS = 120;

    /** Narrative text: a complaint point, a reason, a note, a need's description. */
    public static final int MAX_NARRATIVE_LENGTH = 10_000;

    /** A name, a title or a short label. */
    public static final int MAX_NAME_LENGTH = 200;

    /** A reference in another council system (child record, advocate, document). */
    public static final int MAX_REFERENCE_LENGTH = 64;

    /** The most entries in one list of a request (points, needs, actions, findings, members). */
    public static final int MAX_LIST_SIZE = 200;

    /**
     * The highest page number a list answers (pages count from 0). With at most 100 a page that is a
     * million rows, more than any list holds; a larger number is a mistake, and page × size must not
     * overflow the offset handed to the database.
     */
    public static final int MAX_PAGE = 10_000;

    /** The largest count of working or calendar days any rule of the procedure uses. */
    public static final int MAX_DAYS = 3_660;

    private Bounds() {
    }

    /** True when {@code pence} is a plausible amount: zero or more and at most {@link #MAX_AMOUNT_PENCE}. */
    public static boolean plausibleAmount(long pence) {
        return pence >= 0 && pence <= MAX_AMOUNT_PENCE;
    }

    /** True when {@code date} is on or after {@link #EARLIEST_CASE_DATE} and at most the planning horizon after {@code today}. */
    public static boolean plausibleDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_CASE_DATE) && !date.isAfter(today.plusYears(LATEST_PLANNED_YEARS_AHEAD));
    }
}
