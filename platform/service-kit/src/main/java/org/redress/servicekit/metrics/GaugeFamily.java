package org.redress.servicekit.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * One gauge name with a fixed set of label keys, whose series hold the values of the last
 * {@link #publish}. A series missing from a later publish reads 0 rather than keeping its old
 * value, so "no overdue complaints at stage 2 any more" shows as 0 on the dashboard. Labels are
 * closed sets (a stage, a clock state): never a case reference or anything about a person.
 */
public final class GaugeFamily {

    private final MeterRegistry meters;
    private final String name;
    private final String description;
    private final List<String> labelKeys;
    private final Map<List<String>, Double> values = new ConcurrentHashMap<>();
    private final Set<List<String>> registered = ConcurrentHashMap.newKeySet();

    public GaugeFamily(MeterRegistry meters, String name, String description, String... labelKeys) {
        this.meters = meters;
        this.name = name;
        this.description = description;
        this.labelKeys = List.of(labelKeys);
    }

    /** Sets each series to its value, keyed by its label values in the order of the keys; others to 0. */
    public void publish(Map<List<String>, ? extends Number> latest) {
        latest.keySet().forEach(this::register);
        for (List<String> series : registered) {
            Number value = latest.get(series);
            values.put(series, value == null ? 0.0 : value.doubleValue());
        }
    }

    /**
     * Publishes the rows of a native query that selects this family's label values, in the order of its
     * keys, followed by a count: {@code SELECT stage, state, count(*) ... GROUP BY 1, 2}.
     */
    public void publishRows(List<?> rows) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            List<String> series = Arrays.stream(columns, 0, labelKeys.size()).map(String::valueOf).toList();
            counts.put(series, ((Number) columns[labelKeys.size()]).longValue());
        }
        publish(counts);
    }

    /** Makes the series exist (reading 0 until published), so a dashboard shows it before any case has it. */
    public void register(List<String> labelValues) {
        if (labelValues.size() != labelKeys.size()) {
            throw new IllegalArgumentException(name + " takes labels " + labelKeys + ", not " + labelValues);
        }
        if (registered.add(labelValues)) {
            values.putIfAbsent(labelValues, 0.0);
            Tags tags = Tags.empty();
            for (int i = 0; i < labelKeys.size(); i++) {
                tags = tags.and(labelKeys.get(i), labelValues.get(i));
            }
            Gauge.builder(name, values, v -> v.getOrDefault(labelValues, 0.0)).tags(tags)
                    .description(description).strongReference(true).register(meters);
        }
    }
}
