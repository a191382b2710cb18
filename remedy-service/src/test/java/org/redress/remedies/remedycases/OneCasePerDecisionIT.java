package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.remedycases.domain.ActionType;
import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.NewRemedyCase;
import org.redress.remedies.remedycases.domain.OneCasePerDecision;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.remedies.remedycases.domain.RemedySource;
import org.redress.testkit.RedressTestResources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two requests for the same decision that both pass the up-front check (a race) still open one
 * case: the table's unique constraint refuses the second, and it is answered as the rule.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class OneCasePerDecisionIT {

    @Inject
    RemedyCaseRepository remedyCases;

    @Test
    void theLoserOfARaceIsRefusedByTheRuleNotAServerError() {
        NewRemedyCase decision = new NewRemedyCase(RemedySource.STAGE_1, UUID.randomUUID(), null,
                LocalDate.of(2026, 2, 2), List.of(), List.of(new AgreedActionTerms("A1", ActionType.APOLOGY, "P4W", null, null)));
        QuarkusTransaction.requiringNew().run(() -> remedyCases.add(opened(decision, 900_001)));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> remedyCases.add(opened(decision, 900_002))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(OneCasePerDecision.RULE));
        assertThat(remedyCases.count(decision.complaintId())).isEqualTo(1);
    }

    private static RemedyCase opened(NewRemedyCase decision, long serial) {
        return RemedyCase.open(UUID.randomUUID(), new CaseReference("REM", 2026, serial), decision,
                LocalDate.of(2026, 11, 25), UUID::randomUUID).remedyCase();
    }
}
