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
        assertThat(AsOf.day(null, TODAY)).isEqualTo(TODAY);
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
}
