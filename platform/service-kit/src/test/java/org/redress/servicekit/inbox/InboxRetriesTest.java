package org.redress.servicekit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

class InboxRetriesTest {

    private final List<Duration> waits = new ArrayList<>();
    private final InboxRetries retries = new InboxRetries(waits::add);
    private final AtomicInteger attempts = new AtomicInteger();

    /** An effect that fails {@code times} times with {@code failure}, then succeeds. */
    private Runnable failing(int times, RuntimeException failure) {
        return () -> {
            if (attempts.incrementAndGet() <= times) {
                throw failure;
            }
        };
    }

    @Test
    void keepsRetryingForAsLongAsTheDatabaseIsUnreachable() {
        // a minute-long outage: far more than the attempts any other failure gets
        RuntimeException unreachable = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused", "08001"));

        retries.run(failing(20, unreachable), (attempt, failure) -> { });

        assertThat(attempts).hasValue(21);
        // 200 ms doubling: 0.2, 0.4, 0.8, 1.6, 3.2, then never more than 5 s apart
        assertThat(waits).hasSize(20).startsWith(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1600), Duration.ofMillis(3200), Duration.ofSeconds(5)).endsWith(Duration.ofSeconds(5));
    }

    @Test
    void givesUpOnAnyOtherFailureAfterSixAttempts() {
        IllegalStateException bug = new IllegalStateException("a bug in the effect");

        assertThatThrownBy(() -> retries.run(failing(100, bug), (attempt, failure) -> { })).isSameAs(bug);
        assertThat(attempts).hasValue(InboxRetries.ATTEMPTS);
    }

    @Test
    void neverRetriesABrokenRule() {
        RuleViolation violation = new RuleViolation("remedy.one-case-per-decision", ProblemKind.CONFLICT, "source", "twice");

        assertThatThrownBy(() -> retries.run(failing(100, violation), (attempt, failure) -> { })).isSameAs(violation);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void neverRetriesAnEventLeftBecauseTheServiceIsStopping() {
        ServiceStopping stop = new ServiceStopping("remedies.case-opener", "ev-1");

        assertThatThrownBy(() -> retries.run(failing(100, stop), (attempt, failure) -> { })).isSameAs(stop);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aStopIsRecognisedThroughTheExceptionsThatWrapIt() {
        ServiceStopping stop = new ServiceStopping("remedies.case-opener", "ev-1");

        assertThat(ServiceStopping.isCauseOf(new IllegalStateException("wrapped", stop))).isTrue();
        assertThat(ServiceStopping.isCauseOf(new IllegalStateException("a bug in the effect"))).isFalse();
        assertThat(ServiceStopping.isCauseOf(new RefusedEvent("event.failed-after-retries", "IllegalStateException")))
                .isFalse();
    }
}
