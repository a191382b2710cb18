package org.redress.servicekit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redress.contracts.problem.RuleViolation;

class AsOfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void readsTodayWhenNoDayIsAsked() {
        assertThat(AsOf.day((LocalDate) null, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void readsAPastDayOrTodayAsAsked() {
        assertThat(AsOf.day(LocalDate.of(2026, 3, 31), TODAY)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AsOf.day(TODAY, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void refusesTomorrowNamingTheParameter() {
        assertThatThrownBy(() -> AsOf.day(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("request.as-of-in-future");
                    assertThat(violation.field()).isEqualTo("asOf");
                });
    }

    @Test
    void readsADayWrittenAsTheCallerSentIt() {
        assertThat(AsOf.day("2026-03-31", TODAY)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AsOf.day((String) null, TODAY)).isEqualTo(TODAY);
        assertThat(AsOf.day(" ", TODAY)).isEqualTo(TODAY);
    }

    @Test
    void refusesWhatIsNotACalendarDayNamingTheParameter() {
        for (String notADay : new String[] { "yesterday", "2026-02-30", "31/03/2026", "2026-3-31" }) {
            assertThatThrownBy(() -> AsOf.day(notADay, TODAY)).as(notADay)
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("request.as-of-invalid");
                        assertThat(violation.field()).isEqualTo("asOf");
                        assertThat(violation.getMessage()).doesNotContain(notADay);
                    });
        }
    }

    @Test
    void refusesTomorrowWrittenOutToo() {
        assertThatThrownBy(() -> AsOf.day("2026-12-05", TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo("request.as-of-in-future"));
    }
}
