package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The operators' runbook, {@code docs/operations.md}, stays true to the suite: every alert rule in
 * {@code deploy/observability/alerts.yaml} has a section of its own saying what it means and what to do,
 * no section describes an alert that is gone, and every {@code /q/...} path and {@code REDRESS_*}
 * variable the runbook tells an operator to use is one the services actually have. A variable may also
 * be one of the local launcher ({@code ./redress}) or of {@code docker-compose.yml}, which the runbook
 * explains how to start the suite with; nothing else.
 */
class RunbookTest {

    static final Path RUNBOOK = Path.of("docs/operations.md");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** An alert's name as the rules spell them: {@code Redress} and a capitalised word or more. */
    private static final Pattern ALERT_LIKE = Pattern.compile("\\bRedress[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern Q_PATH = Pattern.compile("/q(?:/[A-Za-z0-9_-]+)+");
    /** A name ending in {@code _} stands for a family: {@code REDRESS_SWEEPS_<NAME>_EVERY}, {@code REDRESS_JWT_*}. */
    private static final Pattern REDRESS_VARIABLE = Pattern.compile("\\bREDRESS_[A-Z0-9_]*");
    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+[\\w.<>\\[\\], ?]+\\s+(\\w+)\\(\\);\\s*$", Pattern.MULTILINE);

    @Test
    void everyAlertHasASectionSayingWhatItMeansAndWhatToDo() {
        Map<String, String> sections = sections(runbook());
        for (String alert : alertNames()) {
            String heading = sections.keySet().stream().filter(h -> namesAlert(h, alert)).findFirst().orElse(null);
            assertThat(heading).as("docs/operations.md has no heading naming the alert %s", alert).isNotNull();
            String body = sections.get(heading);
            assertThat(body.contains("**Means:**") && body.contains("**Do:**"))
                    .as("section \"%s\" of docs/operations.md says what the alert means (**Means:**) and what to do (**Do:**)", heading)
                    .isTrue();
        }
    }

    @Test
    void noSectionDescribesAnAlertThatIsGone() {
        Set<String> named = new TreeSet<>();
        for (String heading : sections(runbook()).keySet()) {
            ALERT_LIKE.matcher(heading).results().map(MatchResult::group).forEach(named::add);
        }
        named.removeAll(alertNames());
        assertThat(named).as("alert names in the headings of docs/operations.md that alerts.yaml does not define").isEmpty();
    }

    @Test
    void everyQuarkusPathNamedIsOneEveryServiceAnswers() {
        Set<String> named = qPathsIn(runbook());
        assertThat(named).isNotEmpty();
        for (String service : Repository.services()) {
            Set<String> unanswered = new TreeSet<>(named);
            unanswered.removeAll(nonApplicationEndpoints(ServiceConfiguration.of(service)));
            assertThat(unanswered).as("/q paths in docs/operations.md that %s does not answer", service).isEmpty();
        }
    }

    @Test
    void everyRedressVariableNamedIsReadBySomething() {
        Set<String> known = new TreeSet<>(serviceVariables());
        known.addAll(launcherAndComposeVariables());
        Set<String> unknown = new TreeSet<>();
        for (String name : variablesIn(runbook())) {
            boolean family = name.endsWith("_");
            if (family ? known.stream().noneMatch(k -> k.startsWith(name)) : !known.contains(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("REDRESS_* variables in docs/operations.md that no service, nor ./redress, nor "
                + "docker-compose.yml reads (a typo, or a setting that was renamed)").isEmpty();
    }

    @Test
    void theReadmeLinksTheRunbook() {
        assertThat(Repository.read(Repository.root().resolve("README.md")).contains("](docs/operations.md)"))
                .as("README.md links docs/operations.md").isTrue();
    }

    @Test
    void readsPathsVariablesAndSectionsAsMeant() {
        String text = """
                # Title
                Use `/q/health/ready` or http://localhost:8081/q/metrics. and each `/q/...` path; not /quiet.
                Set `REDRESS_SWEEPS_<NAME>_EVERY`, `REDRESS_JWT_*` or REDRESS_PG_URL, not XREDRESS_NO.
                ## RedressSomethingBroke, and RedressOther
                **Means:** x
                ### Sub
                y
                """;
        assertThat(qPathsIn(text)).containsExactlyInAnyOrder("/q/health/ready", "/q/metrics");
        assertThat(variablesIn(text)).containsExactlyInAnyOrder("REDRESS_SWEEPS_", "REDRESS_JWT_", "REDRESS_PG_URL");
        Map<String, String> sections = sections(text);
        assertThat(sections.get("RedressSomethingBroke, and RedressOther")).contains("**Means:** x").contains("y");
        assertThat(namesAlert("RedressSomethingBroke, and RedressOther", "RedressSomething")).isFalse();
        assertThat(namesAlert("RedressSomethingBroke, and RedressOther", "RedressOther")).isTrue();
        assertThat(mappedVariables("""
                @ConfigMapping(prefix = "redress.outbox")
                public interface OutboxSettings {
                    @WithDefault("100")
                    int batchSize();
                    default int twice() { return 2 * batchSize(); }
                }
                """)).containsExactly("REDRESS_OUTBOX_BATCH_SIZE");
    }

    private static String runbook() {
        return Repository.read(Repository.root().resolve(RUNBOOK));
    }

    static boolean namesAlert(String heading, String alert) {
        return Pattern.compile("\\b" + Pattern.quote(alert) + "\\b").matcher(heading).find();
    }

    /** Each heading's text, with everything under it up to the next heading of the same or a higher level. */
    static Map<String, String> sections(String markdown) {
        String[] lines = markdown.split("\\r?\\n");
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                continue;
            }
            int level = heading.group(1).length();
            StringBuilder body = new StringBuilder();
            for (int j = i + 1; j < lines.length; j++) {
                Matcher next = HEADING.matcher(lines[j]);
                if (next.matches() && next.group(1).length() <= level) {
                    break;
                }
                body.append(lines[j]).append('\n');
            }
            sections.put(heading.group(2).strip(), body.toString());
        }
        return sections;
    }

    static Set<String> qPathsIn(String text) {
        Set<String> paths = new TreeSet<>();
        Q_PATH.matcher(text).results().forEach(match -> paths.add(match.group()));
        return paths;
    }

    static Set<String> variablesIn(String text) {
        Set<String> names = new TreeSet<>();
        REDRESS_VARIABLE.matcher(text).results().forEach(match -> names.add(match.group()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> alertNames() {
        Map<String, Object> file = new Yaml().load(Repository.read(Repository.root().resolve("deploy/observability/alerts.yaml")));
        Set<String> names = new TreeSet<>();
        ((List<Map<String, Object>>) file.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .forEach(rule -> names.add(String.valueOf(rule.get("alert"))));
        assertThat(names).as("alert names in alerts.yaml").isNotEmpty();
        return names;
    }

    /**
     * The paths under Quarkus' non-application root that the service answers, resolved from the same
     * properties Quarkus resolves them from, for the extensions the service has.
     */
    static Set<String> nonApplicationEndpoints(ServiceConfiguration configuration) {
        String root = configuration.value("quarkus.http.root-path").orElse("/");
        String nonApplication = below(root, configuration.value("quarkus.http.non-application-root-path").orElse("q"));
        Set<String> endpoints = new TreeSet<>();
        if (configuration.dependsOn("quarkus-smallrye-health")) {
            endpoints.add(below(nonApplication, configuration.value("quarkus.smallrye-health.root-path").orElse("health")));
            Stream.of("live", "ready", "started").map(configuration::healthPath).forEach(endpoints::add);
        }
        if (configuration.dependsOn("quarkus-micrometer-registry-prometheus")) {
            endpoints.add(below(nonApplication, configuration.value("quarkus.micrometer.export.prometheus.path").orElse("metrics")));
        }
        if (configuration.dependsOn("quarkus-smallrye-openapi")) {
            endpoints.add(below(nonApplication, configuration.value("quarkus.smallrye-openapi.path").orElse("openapi")));
            // the Swagger UI is left out of a packaged service unless it is asked for
            if (configuration.value("quarkus.swagger-ui.always-include").map(Boolean::parseBoolean).orElse(false)) {
                endpoints.add(below(nonApplication, configuration.value("quarkus.swagger-ui.path").orElse("swagger-ui")));
            }
        }
        return endpoints;
    }

    private static String below(String parent, String path) {
        String joined = path.startsWith("/") ? path : parent.replaceAll("/+$", "") + "/" + path;
        return joined.replaceAll("/+$", "");
    }

    /**
     * What the services read from the environment: the variables their properties name, the environment
     * form of every property they set, and that of every {@code @ConfigMapping} setting in their code and
     * the service kit's (SmallRye maps {@code REDRESS_OUTBOX_BATCH_SIZE} to {@code redress.outbox.batch-size}).
     */
    private static Set<String> serviceVariables() {
        Set<String> names = new TreeSet<>();
        for (String service : Repository.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            names.addAll(configuration.environmentVariables().keySet());
            configuration.propertyNames().forEach(p -> names.add(ServiceConfiguration.environmentName(p)));
            List<Path> sources = new ArrayList<>(List.of(Repository.root().resolve(service).resolve("src/main/java")));
            if (configuration.dependsOn("service-kit")) {
                sources.add(Repository.root().resolve("platform/service-kit/src/main/java"));
            }
            sources.forEach(dir -> javaFiles(dir).forEach(file -> names.addAll(mappedVariables(Repository.read(file)))));
        }
        return names;
    }

    /** The environment names of a {@code @ConfigMapping} interface's settings (its abstract methods). */
    static Set<String> mappedVariables(String source) {
        Matcher prefix = MAPPING_PREFIX.matcher(source);
        Set<String> names = new TreeSet<>();
        if (prefix.find()) {
            MAPPING_METHOD.matcher(source).results().forEach(method -> names.add(ServiceConfiguration.environmentName(
                    prefix.group(1) + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase())));
        }
        return names;
    }

    /** What starts the suite reads: the launcher script and its Java code, and the compose file's interpolations. */
    private static Set<String> launcherAndComposeVariables() {
        Path root = Repository.root();
        Set<String> names = new TreeSet<>(variablesIn(Repository.read(root.resolve("redress"))));
        javaFiles(root.resolve("deploy/local/src/main/java")).forEach(file ->
                Pattern.compile("\"(REDRESS_[A-Z0-9_]+)\"").matcher(Repository.read(file)).results().forEach(m -> names.add(m.group(1))));
        Pattern.compile("\\$\\{(REDRESS_[A-Z0-9_]+)").matcher(Repository.read(root.resolve("docker-compose.yml")))
                .results().forEach(m -> names.add(m.group(1)));
        names.removeIf(name -> name.endsWith("_"));
        return names;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
    }
}
