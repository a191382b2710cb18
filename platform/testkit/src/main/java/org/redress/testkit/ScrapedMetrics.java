package org.redress.testkit;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of the service's {@code /q/metrics} in the Prometheus text format, read as series: a
 * name, its labels and a value. And the check that the service exports what
 * {@code deploy/observability/exported-metrics.txt} says it does, which is what the alert rules and
 * the dashboard are allowed to use.
 */
public final class ScrapedMetrics {

    /** The committed list, from the repository root. */
    public static final String LIST = "deploy/observability/exported-metrics.txt";

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Series(String name, Map<String, String> labels, double value) {
    }

    private final List<Series> series;

    private ScrapedMetrics(List<Series> series) {
        this.series = series;
    }

    /** Scrapes the service under test now. */
    public static ScrapedMetrics scrape() {
        return parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Reads a scrape in the Prometheus text format. */
    public static ScrapedMetrics parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // with tracing on, a counter may carry an exemplar: `name{labels} value # {trace_id="..."} value time`
            int exemplar = line.indexOf(" # ");
            if (exemplar >= 0) {
                line = line.substring(0, exemplar);
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = brace < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, brace);
            Map<String, String> labels = new HashMap<>();
            if (brace >= 0) {
                Matcher label = LABEL.matcher(line.substring(brace + 1, line.lastIndexOf('}')));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            series.add(new Series(name, labels, Double.parseDouble(line.substring(space + 1))));
        }
        return new ScrapedMetrics(series);
    }

    /** The sum of the series of {@code name} carrying all of {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        return series.stream().filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Series::value).sum();
    }

    /** The sum of every series of {@code name}. */
    public double sum(String name) {
        return value(name, Map.of());
    }

    public boolean has(String name) {
        return series.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * Fails unless every metric the committed list gives to {@code service} (or to all services) is on
     * a scrape, bar the counters that appear only after their first event. A request is made first so
     * that the HTTP server metrics exist.
     */
    public static void assertExportsListedMetrics(String service) {
        given().when().get("/no-such-page-for-the-metrics-check");
        ScrapedMetrics scraped = scrape();
        List<String> missing = new ArrayList<>();
        for (String[] entry : listed()) {
            boolean ours = entry[1].equals(service) || entry[1].equals("all");
            boolean always = entry.length < 3 || !entry[2].equals("after-first-event");
            if (ours && always && !scraped.has(entry[0])) {
                missing.add(entry[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(service + " does not export " + missing + ", which " + LIST
                    + " says it does (the dashboard and the alert rules rely on that list)");
        }
    }

    /** The list's entries: name, exporter and, optionally, "after-first-event". */
    public static List<String[]> listed() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(LIST))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(LIST + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readAllLines(dir.resolve(LIST)).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
