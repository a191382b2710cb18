package org.redress.remedies.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComplianceReportTest {

    private static ComplianceReport withOmbudsman(ComplianceFigures ombudsman) {
        return new ComplianceReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), ombudsman, Map.of(),
                ombudsman == null ? Map.of() : Map.of("OMBUDSMAN", ombudsman));
    }

    @Test
    void theOmbudsmanRateIsTheShareOfActionsFallenDueThatWereDoneOnTime() {
        // 7 on time, 1 late, 0 overdue, 2 not yet due: 7 of 8 = 87.5%
        assertThat(withOmbudsman(new ComplianceFigures(10, 7, 1, 0)).ombudsmanComplianceRate())
                .isEqualByComparingTo("87.5");
    }

    @Test
    void roundsTheRateToOneDecimalPlaceHalfUp() {
        // 2 of 3 = 66.666…% → 66.7
        assertThat(withOmbudsman(new ComplianceFigures(3, 2, 0, 1)).ombudsmanComplianceRate())
                .isEqualByComparingTo("66.7");
    }

    @Test
    void hasNoRateWhenNoOmbudsmanActionHasFallenDue() {
        assertThat(withOmbudsman(null).ombudsmanComplianceRate()).isNull();
        assertThat(withOmbudsman(new ComplianceFigures(2, 0, 0, 0)).ombudsmanComplianceRate()).isNull();
    }

    @Test
    void countsWhatIsNeitherDoneNorOverdueAsNotYetDue() {
        assertThat(new ComplianceFigures(10, 7, 1, 1).notYetDue()).isEqualTo(1);
    }
}
