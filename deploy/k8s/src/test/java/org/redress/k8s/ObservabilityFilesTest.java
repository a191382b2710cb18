package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules and the dashboard under {@code deploy/observability} use only metrics the services
 * export: every name in their PromQL is in {@code exported-metrics.txt}, the list the services'
 * {@code BusinessMetricsIT} check against a real {@code /q/metrics} scrape. And every alert tells the
 * person paged what happened and what to do.
 */
class ObservabilityFilesTest {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL's operators and modifiers that look like names. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan");

    @Test
    void everyMetricTheAlertsUseIsExported() {
        assertThat(metricsIn(alertExpressions())).isNotEmpty().isSubsetOf(exported());
    }

    @Test
    void everyMetricTheDashboardUsesIsExported() {
        assertThat(metricsIn(dashboardExpressions())).isNotEmpty().isSubsetOf(exported());
    }

    @Test
    void everyAlertSaysWhatHappenedAndWhatToDo() {
        for (Map<String, Object> rule : alertRules()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
            assertThat(annotations).as("annotations of %s", rule.get("alert")).containsKeys("summary", "description");
            assertThat(String.valueOf(annotations.get("description")).length()).as("description of %s", rule.get("alert"))
                    .isGreaterThan(60);
        }
    }

    @Test
    void readsTheNamesOfAnExpressionAndNothingElse() {
        assertThat(metricsIn(List.of("sum by (job, status) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))"
                + " / on (job) max(up{job=\"a\"}) > 0.05"))).containsExactlyInAnyOrder("http_server_requests_seconds_count", "up");
    }

    /** The metric names an expression reads: identifiers that are not functions, keywords, labels or strings. */
    static Set<String> metricsIn(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                    .replaceAll("\\{[^}]*}", "")
                    .replaceAll("\\[[^]]*]", "")
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
            Matcher identifier = IDENTIFIER.matcher(bare);
            while (identifier.find()) {
                String name = identifier.group();
                boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
                boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
                if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        for (String line : Repository.read(observability().resolve("exported-metrics.txt")).split("\n")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                names.add(entry.split("\\s+")[0]);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alertRules() {
        Map<String, Object> file = new Yaml().load(Repository.read(observability().resolve("alerts.yaml")));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        assertThat(rules).isNotEmpty();
        return rules;
    }

    private static List<String> alertExpressions() {
        return alertRules().stream().map(rule -> String.valueOf(rule.get("expr"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> dashboardExpressions() {
        // JSON is YAML: one parser for both files
        Map<String, Object> dashboard = new Yaml().load(Repository.read(observability().resolve("redress-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> panel : (List<Map<String, Object>>) dashboard.get("panels")) {
            for (Map<String, Object> target : (List<Map<String, Object>>) panel.getOrDefault("targets", List.of())) {
                expressions.add(String.valueOf(target.get("expr")));
            }
        }
        return expressions;
    }

    private static Path observability() {
        return Repository.root().resolve("deploy/observability");
    }
}
