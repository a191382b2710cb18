package org.redress.servicekit.idempotency;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.redress.contracts.problem.ProblemTypes;
import org.redress.servicekit.json.ResponseJson;
import org.redress.servicekit.problem.ProblemResponses;
import org.redress.servicekit.security.CurrentActor;

/**
 * Runs a keyed write request in one transaction that holds the work and its key together. The key
 * is claimed first (a duplicate arriving meanwhile waits on it), the operation runs (its use case's
 * {@code @Transactional} joins this transaction), and a successful answer is stored with the key
 * before the single commit. Any other outcome - a refusal, a failure, a crash - rolls the claim back
 * with the work, so the key stays free for a corrected retry and nothing is left "in progress".
 *
 * <p>Placed before the transaction interceptor so that it is always the outermost transaction.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentOperation {

    /**
     * How long a duplicate waits for the request holding its key before it is told to retry (409): far longer
     * than any operation takes, short enough not to hold a connection while a stuck request is being ended.
     */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(2);

    private final KeyedRequests keyedRequests;
    private final IdempotencyStore store;
    private final CurrentActor currentActor;
    private final TransactionManager transactions;
    private final ResponseJson responseJson;

    public IdempotentOperation(KeyedRequests keyedRequests, IdempotencyStore store, CurrentActor currentActor,
            TransactionManager transactions, ResponseJson responseJson) {
        this.keyedRequests = keyedRequests;
        this.store = store;
        this.currentActor = currentActor;
        this.transactions = transactions;
        this.responseJson = responseJson;
    }

    @AroundInvoke
    Object inOneTransactionWithItsKey(InvocationContext invocation) throws Exception {
        Optional<KeyedRequest> keyed = keyedRequests.current();
        if (keyed.isEmpty()) {
            return invocation.proceed();
        }
        KeyedRequest request = keyed.get();
        IdempotencyScope scope = IdempotencyScope.of(currentActor.get(), request);
        transactions.begin();
        try {
            if (!claimed(scope, request)) {
                IdempotencyRecord first = store.find(scope).orElseThrow(() -> inFlight(request));
                throw new IdempotentAnswer(answerFor(first, request));
            }
            Object result = invocation.proceed();
            int status = StoredResponse.statusOf(result);
            if (!StoredResponse.successful(status) || transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transactions.rollback();
                return result;
            }
            store.complete(scope, StoredResponse.of(result, invocation.getMethod(), responseJson.mapper()));
            transactions.commit();
            return result;
        } finally {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        }
    }

    private boolean claimed(IdempotencyScope scope, KeyedRequest request) {
        try {
            return store.claim(scope, request.requestHash(), WAIT_FOR_FIRST);
        } catch (IdempotencyStore.KeyInFlight stillRunning) {
            throw inFlight(request);
        }
    }

    private static jakarta.ws.rs.core.Response answerFor(IdempotencyRecord first, KeyedRequest request) {
        if (!first.requestHash().equals(request.requestHash())) {
            return ProblemResponses.of(request.uri(), ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                    422, "this " + IdempotencyKeyFilter.HEADER + " was used with a different request body", null,
                    IdempotencyKeyFilter.HEADER, null);
        }
        return first.response().replay(IdempotencyKeyFilter.REPLAYED_HEADER);
    }

    private static IdempotentAnswer inFlight(KeyedRequest request) {
        return new IdempotentAnswer(ProblemResponses.of(request.uri(), ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT,
                "Request still in progress", 409, "a request with this " + IdempotencyKeyFilter.HEADER
                        + " is still being processed; retry shortly", null, IdempotencyKeyFilter.HEADER, null));
    }
}
