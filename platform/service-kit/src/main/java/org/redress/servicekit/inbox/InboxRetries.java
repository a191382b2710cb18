package org.redress.servicekit.inbox;

import java.time.Duration;
import java.util.function.BiConsumer;

import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.problem.DatabaseFailures;

/**
 * How a consumer retries an event whose effect failed. While the database is unreachable it waits and
 * tries again for as long as the outage lasts (backing off to one attempt every few seconds): giving up
 * would stop the consumer for good, and the service would stay not ready after the database came back.
 * Any other failure is tried {@link #ATTEMPTS} times in all, then passed on. A broken rule is never retried:
 * delivering the event again cannot make it valid; nor is a {@link ServiceStopping}: the next instance will.
 */
final class InboxRetries {

    static final int ATTEMPTS = 6;
    static final Duration FIRST_WAIT = Duration.ofMillis(200);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    /** Waits between attempts; a test passes one that only records the waits. */
    interface Sleeper {
        void sleep(Duration wait);
    }

    private final Sleeper sleeper;

    InboxRetries(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Runs {@code attempt} until it succeeds; tells {@code onFailure} about each failed attempt that is retried. */
    void run(Runnable attempt, BiConsumer<Integer, RuntimeException> onFailure) {
        Duration wait = FIRST_WAIT;
        for (int number = 1;; number++) {
            try {
                attempt.run();
                return;
            } catch (RuleViolation | ServiceStopping notRetried) {
                throw notRetried;
            } catch (RuntimeException failure) {
                if (number >= ATTEMPTS && !DatabaseFailures.isUnavailable(failure)) {
                    throw failure;
                }
                onFailure.accept(number, failure);
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }
}
