package org.redress.servicekit.idempotency;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** What the filter does after the answer is decided, when the key's record cannot be updated. */
class IdempotencyKeyFilterTest {

    private static final IdempotencyScope SCOPE = new IdempotencyScope("key-1", "POST", "/complaints");

    /** A store whose database is away, or which fails for another reason. */
    private static IdempotencyStore failingWith(RuntimeException failure) {
        return new IdempotencyStore(null) {
            @Override
            void release(IdempotencyScope scope) {
                throw failure;
            }

            @Override
            void complete(IdempotencyScope scope, int status, String contentType, String location, String body) {
                throw failure;
            }
        };
    }

    private static final RuntimeException DATABASE_AWAY = new IllegalStateException("idempotency store unavailable",
            new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));

    private static ContainerRequestContext requestWithClaimedKey() {
        return (ContainerRequestContext) Proxy.newProxyInstance(IdempotencyKeyFilterTest.class.getClassLoader(),
                new Class<?>[] { ContainerRequestContext.class },
                (proxy, method, args) -> method.getName().equals("getProperty") ? SCOPE : null);
    }

    private static ContainerResponseContext answered(int status) {
        return (ContainerResponseContext) Proxy.newProxyInstance(IdempotencyKeyFilterTest.class.getClassLoader(),
                new Class<?>[] { ContainerResponseContext.class },
                (proxy, method, args) -> method.getName().equals("getStatus") ? status : null);
    }

    @Test
    void a503BecauseTheDatabaseIsAwayStaysA503WhenTheKeyCannotBeReleased() {
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(failingWith(DATABASE_AWAY), new ObjectMapper());

        assertThatCode(() -> filter.remember(requestWithClaimedKey(), answered(503))).doesNotThrowAnyException();
    }

    @Test
    void aSuccessStaysASuccessWhenTheDatabaseGoesAwayBeforeItIsRecorded() {
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(failingWith(DATABASE_AWAY), new ObjectMapper());

        assertThatCode(() -> filter.remember(requestWithClaimedKey(), answered(201))).doesNotThrowAnyException();
    }

    @Test
    void anyOtherFailureOfTheStoreStillFailsTheRequest() {
        IllegalStateException bug = new IllegalStateException("a bug");
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(failingWith(bug), new ObjectMapper());

        assertThatThrownBy(() -> filter.remember(requestWithClaimedKey(), answered(503))).isSameAs(bug);
    }
}
