package org.redress.e2e.scale;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.redress.e2e.ApiResponse;
import org.redress.e2e.ComplaintTraffic;
import org.redress.e2e.RunningSuite;

/**
 * A round-robin load balancer in front of several instances of complaints-service, as a Kubernetes Service or an
 * ingress would be: each request goes to the next instance; a request that got no answer (the instance refused the
 * connection or died with the request in flight) is sent again, with the same {@code Idempotency-Key}, to the next
 * instance. The key makes that retry safe for a POST: if the first attempt had committed, the retry gets its
 * answer replayed ({@code Idempotent-Replayed: true}) instead of doing the work twice.
 */
final class LoadBalancer implements ComplaintTraffic.Route {

    private final List<RunningSuite.Service> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final Map<String, AtomicLong> answeredBy = new ConcurrentHashMap<>();

    /** Without health checks: a dead instance stays in the rotation, and each request it refuses is retried. */
    LoadBalancer(List<RunningSuite.Service> instances) {
        this.instances = List.copyOf(instances);
    }

    @Override
    public ApiResponse post(String role, String idempotencyKey, String path, String body) {
        requests.incrementAndGet();
        List<RunningSuite.Service> targets = instances;
        int first = Math.floorMod(next.getAndIncrement(), targets.size());
        ApiResponse response = null;
        for (int attempt = 0; attempt < targets.size(); attempt++) {
            if (attempt > 0) {
                retried.incrementAndGet();
            }
            RunningSuite.Service target = targets.get((first + attempt) % targets.size());
            response = target.as(role).header("Idempotency-Key", idempotencyKey).post(path, body);
            if (response.status() != 0) {
                answeredBy.computeIfAbsent(target.baseUrl(), url -> new AtomicLong()).incrementAndGet();
                break;
            }
        }
        if (response.header("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false)) {
            replayed.incrementAndGet();
        }
        return response;
    }

    /** How many requests each instance answered, by its base URL. */
    long answeredBy(RunningSuite.Service instance) {
        AtomicLong answered = answeredBy.get(instance.baseUrl());
        return answered == null ? 0 : answered.get();
    }

    /** Requests the clients sent to the load balancer (a retry is not another request). */
    long requests() {
        return requests.get();
    }

    /** Requests sent again to another instance because the first gave no answer. */
    long retried() {
        return retried.get();
    }

    /** Answers replayed from the Idempotency-Key store: the first attempt had done the work before it was cut off. */
    long replayed() {
        return replayed.get();
    }
}
