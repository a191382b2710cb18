package org.redress.remedies.remedycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.remedies.remedycases.RemedyCaseRequests.APOLOGY_IN_FOUR_WEEKS;
import static org.redress.remedies.remedycases.RemedyCaseRequests.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.redress.remedies.remedycases.application.RemedyCaseChanges;
import org.redress.remedies.remedycases.domain.ActionStatus;
import org.redress.remedies.remedycases.domain.Completion;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.testkit.RedressTestResources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two changes to one remedy case at once, e.g. an officer completing one of its last two actions
 * while assessment-service's completed reassessment completes the other. Each decides from what it
 * read whether the case is now complete; if both were stored, neither would have seen the case
 * complete and it would never be announced as such. The one that read a stale case is refused
 * (and a consumer retries it on the fresh case).
 */
@QuarkusTest
@WithTestResource(RedressTestResources.class)
class ConcurrentActionCompletionIT {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 1);

    @Inject
    RemedyCaseChanges changes;

    @Test
    void aChangeDecidedOnAStaleCaseIsRefusedSoTheCaseCompletionIsNeverMissed() {
        UUID caseId = UUID.fromString(RemedyCaseRequests.openAndGetId(decision(UUID.randomUUID(), DECIDED, "[\"CR-104233\"]",
                APOLOGY_IN_FOUR_WEEKS, """
                        {"actionRef":"A2","type":"NAMED_CONTACT","period":"P14D"}""")));
        LocalDate today = LocalDate.now();
        Completion apologySent = new Completion(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9), List.of());
        Completion contactNamed = new Completion(LocalDate.of(2026, 9, 11), null, List.of());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            RemedyCase readFirst = changes.load(caseId);
            // meanwhile the other action is completed and stored
            QuarkusTransaction.requiringNew().run(() -> {
                RemedyCase fresh = changes.load(caseId);
                changes.commit(fresh, fresh.complete(action(fresh, "A2"), contactNamed, today), null, "test");
            });
            // the apology, completed from the case as first read: it does not see A2 complete
            changes.commit(readFirst, readFirst.complete(action(readFirst, "A1"), apologySent, today), null, "test");
        })).matches(e -> causedBy(e, OptimisticLockException.class), "refused as a concurrent update");

        RemedyCase stored = QuarkusTransaction.requiringNew().call(() -> changes.load(caseId));
        assertThat(stored.action(action(stored, "A1")).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(stored.action(action(stored, "A2")).status()).isEqualTo(ActionStatus.COMPLETED);
        // retried on the fresh case, the apology completes the case
        RemedyCase retried = QuarkusTransaction.requiringNew().call(() -> {
            RemedyCase fresh = changes.load(caseId);
            return changes.commit(fresh, fresh.complete(action(fresh, "A1"), apologySent, today), null, "test");
        });
        assertThat(retried.complete()).isTrue();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static UUID action(RemedyCase remedyCase, String actionRef) {
        return remedyCase.actions().stream().filter(a -> a.actionRef().equals(actionRef)).findFirst().orElseThrow().id();
    }
}
