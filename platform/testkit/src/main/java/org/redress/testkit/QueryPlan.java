package org.redress.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An {@code EXPLAIN (ANALYZE, BUFFERS)} plan in PostgreSQL's JSON form, read the way a plan test asks
 * about it: which tables were scanned sequentially, how many rows a table gave up (kept or filtered
 * out), how many buffers the query touched and which indexes it used. Counts, not timings: they do
 * not change with the machine's load.
 */
public record QueryPlan(JsonNode root) {

    /** The prefix that turns a query into the statement whose single row is its plan. */
    public static final String EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ";

    /** Runs {@code explained}, a native query that begins with {@link #EXPLAIN}, and reads its plan. */
    public static QueryPlan of(Query explained) {
        String json = (String) explained.unwrap(NativeQuery.class).addScalar("QUERY PLAN", StandardBasicTypes.STRING)
                .getSingleResult();
        try {
            return new QueryPlan(new ObjectMapper().readTree(json).get(0).get("Plan"));
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON plan: " + json, e);
        }
    }

    /** The tables read by a sequential scan, once per scan. */
    public List<String> sequentialScans() {
        return nodes().filter(n -> n.path("Node Type").asText().equals("Seq Scan"))
                .map(n -> n.path("Relation Name").asText()).toList();
    }

    /** Rows the plan took from {@code relation}, kept or filtered out, over all loops. */
    public long rowsRead(String relation) {
        return nodes().filter(n -> n.path("Relation Name").asText().equals(relation))
                .mapToLong(n -> (n.path("Actual Rows").asLong() + n.path("Rows Removed by Filter").asLong()
                        + n.path("Rows Removed by Index Recheck").asLong()) * n.path("Actual Loops").asLong(1))
                .sum();
    }

    /** Shared buffers the whole query hit or read. */
    public long buffers() {
        return root.path("Shared Hit Blocks").asLong() + root.path("Shared Read Blocks").asLong();
    }

    /** The indexes the plan used, once per use. */
    public List<String> indexes() {
        return nodes().map(n -> n.path("Index Name").asText()).filter(name -> !name.isEmpty()).toList();
    }

    /** One line for a test's output: scans, rows read from each of {@code relations}, buffers, indexes, time. */
    public String summary(String... relations) {
        String rows = Stream.of(relations).map(r -> r + " rows read " + rowsRead(r)).collect(Collectors.joining(", "));
        return "sequential scans " + sequentialScans() + ", " + rows + ", buffers " + buffers() + ", indexes "
                + indexes().stream().distinct().toList() + ", " + root.path("Actual Total Time").asText() + " ms";
    }

    private Stream<JsonNode> nodes() {
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes.stream();
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.path("Plans").forEach(child -> collect(child, into));
    }
}
