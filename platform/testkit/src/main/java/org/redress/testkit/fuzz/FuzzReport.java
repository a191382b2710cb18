package org.redress.testkit.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a walk sent and found: how many requests, their statuses by class and code, every finding
 * (a broken rule, grouped by operation), the requests with schema-violating values the service
 * accepted (not a failure by themselves, but worth reading), and the valid request's status per
 * operation (how deep the walk reached).
 */
public final class FuzzReport {

    private final long seed;
    private final Map<String, Integer> statuses = new TreeMap<>();
    /** Per operation, per kind of finding, the requests it was found on (a kind of one request is the finding itself). */
    private final Map<String, Map<String, List<String>>> findings = new LinkedHashMap<>();
    private long requestNanos;
    private long fingerprintNanos;
    private final long startNanos = System.nanoTime();
    private final List<String> accepted = new ArrayList<>();
    private final Map<String, Integer> validStatuses = new LinkedHashMap<>();
    private int requests;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void answered(FuzzRequest request, int status) {
        requests++;
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        if (request.isValid()) {
            validStatuses.put(request.operation(), status);
        } else if (status / 100 == 2) {
            accepted.add(request.operation() + " [" + request.mutation() + "] → " + status);
        }
    }

    void unanswered(FuzzRequest request) {
        requests++;
        statuses.merge("no answer", 1, Integer::sum);
    }

    /** A broken rule found once: for a request, {@code operation} is its operation; else what was checked. */
    void finding(String operation, String finding) {
        findings.computeIfAbsent(operation, name -> new LinkedHashMap<>()).computeIfAbsent(finding, f -> new ArrayList<>());
    }

    /**
     * A broken rule that many requests of an operation may share (a table written by every refused
     * request, say): listed once with how many requests and a few of them.
     */
    void finding(String operation, String kind, String request) {
        findings.computeIfAbsent(operation, name -> new LinkedHashMap<>()).computeIfAbsent(kind, f -> new ArrayList<>())
                .add(request);
    }

    void timed(long requestNanos, long fingerprintNanos) {
        this.requestNanos += requestNanos;
        this.fingerprintNanos += fingerprintNanos;
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    public int requests() {
        return requests;
    }

    public long seed() {
        return seed;
    }

    /** Counts by status class and code, e.g. {@code 2xx=120, 4xx=1400, 400=1200, …}. */
    public Map<String, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    /** Distinct findings: a kind shared by many requests of an operation counts once. */
    public int findingCount() {
        return findings.values().stream().mapToInt(Map::size).sum();
    }

    /** The figures and every finding, grouped by operation; the seed to reproduce it. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Fuzz walk: ").append(requests).append(" requests, seed ").append(seed)
                .append(" (rerun with -D").append(FuzzWalk.SEED_PROPERTY).append('=').append(seed).append(")\n");
        out.append("statuses: ").append(statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "))).append('\n');
        out.append("valid request per operation: ").append(validStatuses.entrySet().stream()
                .map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining("; "))).append('\n');
        out.append(String.format("time: %.1f s, of which requests %.1f s and database fingerprints %.1f s%n",
                (System.nanoTime() - startNanos) / 1e9, requestNanos / 1e9, fingerprintNanos / 1e9));
        out.append(findingCount()).append(" findings");
        findings.forEach((operation, kinds) -> {
            out.append("\n").append(operation).append(" (").append(kinds.size()).append(')');
            kinds.forEach((kind, requests) -> {
                out.append("\n  - ").append(kind);
                if (!requests.isEmpty()) {
                    out.append(": ").append(requests.size()).append(requests.size() == 1 ? " request, " : " requests, e.g. ")
                            .append(String.join("; ", requests.subList(0, Math.min(3, requests.size()))));
                }
            });
        });
        out.append("\n").append(accepted.size()).append(" requests with a wrong or boundary value accepted (2xx):");
        accepted.forEach(line -> out.append("\n  - ").append(line));
        return out.toString();
    }
}
