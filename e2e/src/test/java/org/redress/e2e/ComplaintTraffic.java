package org.redress.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Complaints registered and decided at stage 1 through complaints-service's API, as a council's case
 * system would send them, each request with its own {@code Idempotency-Key}. One unit of work is: register
 * a complaint, then (if that was acknowledged) record its stage 1 response agreeing two actions — an
 * apology and a reassessment of the one child named — which remedy-service turns into a remedy case with
 * two actions and assessment-service into one reassessment.
 *
 * <p>Sent by a plain fixed thread pool with the harness's {@link Api}, not by a load tool: the accounting
 * after a fault needs each request's own outcome (acknowledged, refused, or no answer at all), which a load
 * tool's aggregate statistics do not give. Every complaint carries the traffic's tag in its first point, so
 * the database can be asked what was stored for requests that got no answer.
 */
public final class ComplaintTraffic {

    /** Monday 5 January 2026: stage 1's 10 working days run to Monday 19 January 2026. */
    static final String RECEIVED = "2026-01-05";
    /** Friday 16 January 2026: before the due date, so the response meets the clock. */
    static final String DECIDED = "2026-01-16";
    public static final String CHILD = "CR-104233";
    /** Actions agreed on each decision, and reassessments that follow (one REASSESSMENT action x one child). */
    public static final int ACTIONS_PER_DECISION = 2;
    public static final int REASSESSMENTS_PER_DECISION = 1;
    private static final Duration BACK_OFF = Duration.ofMillis(100);

    /**
     * How a request reaches complaints-service: straight to the suite's one instance, or through a load balancer
     * in front of several ({@code scale.LoadBalancer}).
     */
    @FunctionalInterface
    public interface Route {
        ApiResponse post(String role, String idempotencyKey, String path, String body);
    }

    /** What happened to one unit of work; a status of 0 means no answer, -1 means not sent. */
    public record Unit(int index, int registerStatus, String complaintId, int decideStatus, long millis) {

        public boolean registered() {
            return registerStatus >= 200 && registerStatus < 300;
        }

        public boolean decided() {
            return decideStatus >= 200 && decideStatus < 300;
        }
    }

    private final Route route;
    private final String received;
    private final String decided;
    private final String tag;
    private final ConcurrentLinkedQueue<Unit> units = new ConcurrentLinkedQueue<>();
    private final AtomicInteger next = new AtomicInteger();

    public ComplaintTraffic(RunningSuite suite, String scenario) {
        this(scenario, (role, key, path, body) -> suite.complaints().as(role).header("Idempotency-Key", key).post(path, body));
    }

    /** Traffic sent through {@code route}, received on {@link #RECEIVED} and decided on {@link #DECIDED}. */
    public ComplaintTraffic(String scenario, Route route) {
        this(scenario, route, LocalDate.parse(RECEIVED), LocalDate.parse(DECIDED));
    }

    /**
     * Traffic sent through {@code route}, each complaint received on {@code received} and decided on {@code decided}
     * (e.g. today, so that no clock or agreed action of the traffic is past due while sweeps run).
     */
    public ComplaintTraffic(String scenario, Route route, LocalDate received, LocalDate decided) {
        this.route = route;
        this.received = received.toString();
        this.decided = decided.toString();
        this.tag = scenario + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Unique to this traffic; every complaint's first point starts with {@code <tag>-<index>:}. */
    public String tag() {
        return tag;
    }

    /** Sends {@code count} units on {@code threads} threads and returns once every one has its outcome. */
    public Duration send(int count, int threads) {
        Instant start = Instant.now();
        Sending sending = start(threads, count);
        sending.awaitAllSent(Duration.ofMinutes(10));
        return Duration.between(start, Instant.now());
    }

    /** Starts sending on {@code threads} threads, at most {@code maxUnits} more units, until {@link Sending#stop()}. */
    public Sending start(int threads, int maxUnits) {
        return new Sending(threads, maxUnits);
    }

    /**
     * Registers {@code count} complaints one after the other and decides none of them: with the default dates each
     * one's stage 1 clock is past due, a backlog for the clock-breach sweep. Returns their ids.
     */
    public List<String> registerOnly(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit unit = sendOne(next.getAndIncrement(), false);
            units.add(unit);
            if (unit.registered()) {
                ids.add(unit.complaintId());
            }
        }
        return ids;
    }

    /** One unit: register, then decide if the registration was acknowledged. */
    Unit sendOne(int index) {
        return sendOne(index, true);
    }

    private Unit sendOne(int index, boolean decide) {
        long started = System.nanoTime();
        ApiResponse registered = route.post("complaints-officer", tag + "-r-" + index, "/complaints", """
                        {"receivedDate":"%s","channel":"EMAIL","complainantRole":"PARENT",
                         "childReferences":["%s"],
                         "points":["%s-%d: The assessment took too long","No short breaks were offered"],
                         "desiredOutcomes":["A new assessment"]}""".formatted(received, CHILD, tag, index));
        if (!registered.isSuccess()) {
            // a client backs off before its next attempt rather than hammering a service that is down
            TopicReader.sleep(BACK_OFF);
            return new Unit(index, registered.status(), null, -1, elapsedMillis(started));
        }
        String id = registered.id();
        if (!decide) {
            return new Unit(index, registered.status(), id, -1, elapsedMillis(started));
        }
        ApiResponse decision = route.post("complaints-officer", tag + "-d-" + index, "/complaints/" + id + "/stage-1/response", """
                        {"decidedOn":"%s",
                         "findings":[{"point":1,"finding":"UPHELD","faultAccepted":true},{"point":2,"finding":"NO_FINDING"}],
                         "actions":[{"actionRef":"A1","type":"APOLOGY","period":"P4W"},
                                    {"actionRef":"A2","type":"REASSESSMENT","period":"P3M"}]}""".formatted(decided));
        return new Unit(index, registered.status(), id, decision.status(), elapsedMillis(started));
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Every unit sent so far, by index. */
    public List<Unit> units() {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(Unit::index));
        return sorted;
    }

    /** Requests sent so far (a unit is one or two requests). */
    public long requests() {
        return units.stream().mapToLong(u -> u.decideStatus() == -1 ? 1 : 2).sum();
    }

    /** Traffic running in the background on a fixed pool. */
    public final class Sending {

        private final ExecutorService pool;
        private final List<Future<?>> workers = new ArrayList<>();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger quota;
        private final AtomicInteger done = new AtomicInteger();

        private Sending(int threads, int maxUnits) {
            quota = new AtomicInteger(maxUnits);
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (!stopped.get() && quota.getAndDecrement() > 0) {
                        units.add(sendOne(next.getAndIncrement()));
                        done.incrementAndGet();
                    }
                }));
            }
            pool.shutdown();
        }

        /** Waits until at least {@code count} of this sending's units have their outcome (or all are done). */
        public void awaitUnits(int count, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (done.get() < count && !pool.isTerminated()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("only " + done.get() + " of " + count + " units sent within " + timeout.toSeconds() + " s");
                }
                TopicReader.sleep(Duration.ofMillis(50));
            }
        }

        /** Waits until every unit up to the maximum is sent. */
        public void awaitAllSent(Duration timeout) {
            join(timeout);
        }

        /** Lets the units in flight finish, sends no more, and waits. */
        public void stop() {
            stopped.set(true);
            join(Duration.ofMinutes(2));
        }

        private void join(Duration timeout) {
            try {
                if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                    throw new AssertionError("traffic did not finish within " + timeout.toSeconds() + " s");
                }
                for (Future<?> worker : workers) {
                    worker.get(); // a worker that threw fails the test here
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("a traffic thread failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
