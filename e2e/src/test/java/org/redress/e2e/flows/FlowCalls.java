package org.redress.e2e.flows;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.redress.e2e.Api;
import org.redress.e2e.ApiResponse;
import org.redress.e2e.RunningSuite;

/**
 * The HTTP calls of one flow, as the council's staff and systems would make them. Every command
 * (POST or PUT) is counted for the run report; reads, including the polls that wait for another
 * service to catch up, are not, so the count is the same on every run.
 */
final class FlowCalls {

    /** How long another service may take to act on an event before the flow fails. */
    static final Duration EVENTUAL = Duration.ofSeconds(60);
    /**
     * The social worker of the flows: a member of the children's social care team, where the assessments the flows
     * open are carried out, so they see and act on them.
     */
    static final String SOCIAL_WORKER = "social-worker@SW-0147/CHILDRENS_SOCIAL_CARE";

    private final RunningSuite suite;
    private final AtomicInteger commands = new AtomicInteger();

    FlowCalls(RunningSuite suite) {
        this.suite = suite;
    }

    RunningSuite suite() {
        return suite;
    }

    Caller complaints(String role) {
        return new Caller(suite.complaints().as(role));
    }

    Caller assessments(String role) {
        return new Caller(suite.assessments().as(role));
    }

    Caller remedies(String role) {
        return new Caller(suite.remedies().as(role));
    }

    /** A child's record reference of this run's own, so that the flows never see each other's data. */
    static String newChildRef() {
        return "CR-E2E-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** Commands sent so far. */
    int commandsSent() {
        return commands.get();
    }

    /**
     * Reads {@code read} again and again until its answer satisfies {@code done}; fails after
     * {@link #EVENTUAL} naming {@code what} was awaited.
     */
    static ApiResponse eventually(String what, Callable<ApiResponse> read, Predicate<ApiResponse> done) {
        return Awaitility.await(what).atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(read, done);
    }

    /** One caller with one role; counts the commands it sends. */
    final class Caller {

        private final Api api;

        private Caller(Api api) {
            this.api = api;
        }

        ApiResponse get(String path) {
            return api.get(path);
        }

        ApiResponse post(String path, Object body) {
            commands.incrementAndGet();
            return api.post(path, body);
        }

        ApiResponse put(String path, Object body) {
            commands.incrementAndGet();
            return api.put(path, body);
        }
    }
}
