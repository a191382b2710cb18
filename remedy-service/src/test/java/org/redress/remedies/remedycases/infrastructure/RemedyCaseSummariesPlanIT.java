package org.redress.remedies.remedycases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.HistoricRemedyCases;
import org.redress.servicekit.storage.NativeSql;
import org.redress.testkit.QueryPlan;
import org.redress.testkit.RedressTestResources;
import org.redress.testkit.RolledBackHistory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page of summaries costs one page of cases and their actions, not the council's history: on 25,000 cases with
 * two actions each, the first page chooses its cases through the decision-date index and reads only their actions.
 * The history is loaded in a transaction rolled back afterwards, so no other test sees it.
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class RemedyCaseSummariesPlanIT {

    static final int CASES = 25_000;
    static final long ROWS_READ_AT_MOST = 500;

    @Inject
    EntityManager em;

    @Inject
    SqlRemedyCaseSummaries summaries;

    @Inject
    Clock clock;

    @Test
    void aPageReadsItsCasesThroughTheDecisionIndexAndOnlyTheirActions() {
        LocalDate today = LocalDate.now(clock);
        RolledBackHistory.run(em, () -> {
            HistoricRemedyCases.insert(em, "SUMM-", CASES,
                    "CAST(:today AS date) - 60 - CAST(floor(random() * 3650) AS int)", Map.of("today", today));
            em.createNativeQuery("""
                    INSERT INTO remedy_action (id, remedy_case_id, position, action_ref, type, period, due_date, status,
                                               description, owner, completed_on, version)
                    SELECT gen_random_uuid(), c.id, p, 'A' || (p + 1), 'APOLOGY', 'P4W', c.decision_date + 28,
                           'COMPLETED', 'Written apology', 'Head of Service', c.decision_date + 20, 1
                    FROM remedy_case c, generate_series(0, 1) p WHERE c.reference LIKE 'SUMM-%'""").executeUpdate();
            em.createNativeQuery("ANALYZE remedy_case, remedy_action").executeUpdate();

            for (UUID complaint : new UUID[] { null, UUID.randomUUID() }) {
                QueryPlan plan = explain(summaries.pageSql(complaint, 0, 20));
                System.out.printf("remedy case summaries, %s: %s%n", complaint == null ? "all" : "one complaint",
                        plan.summary("remedy_case", "remedy_action"));
                assertThat(plan.sequentialScans()).isEmpty();
                assertThat(plan.rowsRead("remedy_case")).isLessThan(ROWS_READ_AT_MOST);
                assertThat(plan.rowsRead("remedy_action")).isLessThan(ROWS_READ_AT_MOST);
                assertThat(plan.indexes()).contains(complaint == null ? "remedy_case_decision_idx"
                        : "remedy_case_one_per_decision");
            }
            assertThat(summaries.page(null, 0, 20)).hasSize(20);
        });
    }

    private QueryPlan explain(NativeSql sql) {
        return QueryPlan.of(sql.bind(em, QueryPlan.EXPLAIN));
    }
}
