package org.redress.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class UniqueConstraintsTest {

    @Test
    void aConstraintNamedForItsTableReadsAsTableDotRule() {
        assertThat(UniqueConstraints.ruleOf("assessment", "assessment_one_per_referral_and_type"))
                .isEqualTo("assessment.one-per-referral-and-type");
        assertThat(UniqueConstraints.ruleOf("remedy_case", "remedy_case_one_per_decision"))
                .isEqualTo("remedy-case.one-per-decision");
    }

    @Test
    void postgresOwnNameForAUniqueColumnReadsAsUniqueColumn() {
        assertThat(UniqueConstraints.ruleOf("referral", "referral_reference_key"))
                .isEqualTo("referral.unique-reference");
    }

    @Test
    void onlyATrailingKeyIsReadAsPostgresOwnName() {
        assertThat(UniqueConstraints.ruleOf("unmet_need", "unmet_need_key_elsewhere"))
                .isEqualTo("unmet-need.key-elsewhere");
    }

    @Test
    void aConstraintNotNamedForItsTableKeepsItsWholeName() {
        assertThat(UniqueConstraints.ruleOf("assessment", "one_per_child"))
                .isEqualTo("assessment.one-per-child");
    }

    @Test
    void findsAUniqueViolationWrappedTwice() {
        PSQLException violation = violation("23505", "assessment", "assessment_one_per_referral_and_type");
        RuntimeException wrapped = new RuntimeException("commit failed",
                new IllegalStateException("flush failed", violation));
        assertThat(UniqueConstraints.brokenRule(wrapped)).contains("assessment.one-per-referral-and-type");
    }

    @Test
    void ignoresOtherIntegrityViolations() {
        assertThat(UniqueConstraints.brokenRule(violation("23503", "assessment", "assessment_referral_fk")))
                .isEmpty();
    }

    @Test
    void ignoresFailuresOutsideTheDatabase() {
        assertThat(UniqueConstraints.brokenRule(new SQLException("connection refused", "08001"))).isEmpty();
        assertThat(UniqueConstraints.brokenRule(new IllegalStateException())).isEmpty();
    }

    private PSQLException violation(String sqlState, String table, String constraint) {
        // the server's message as the driver receives it: one field per letter, NUL-separated
        String fields = "SERROR\0C" + sqlState + "\0Mduplicate key value\0Dkey (x)=(secret) exists\0t" + table
                + "\0n" + constraint + "\0";
        return new PSQLException(new ServerErrorMessage(fields));
    }
}
