package org.redress.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a packaged service reads from its configuration (the prod profile): the service's own
 * application.properties over the service kit's shared defaults, when the service depends on the kit.
 */
final class ServiceConfiguration {

    static final Path KIT_DEFAULTS = Path.of("platform/service-kit/src/main/resources/META-INF/microprofile-config.properties");
    /** {@code ${NAME} or ${NAME:default}} with an environment-variable-like name (upper case). */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)([:}])");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String service;
    /** Later sources override earlier ones. */
    private final List<Map<String, String>> sources;

    ServiceConfiguration(String service, List<Map<String, String>> sources) {
        this.service = service;
        this.sources = sources;
    }

    static ServiceConfiguration of(String service) {
        Path root = Repository.root();
        List<Map<String, String>> sources = new ArrayList<>();
        if (Repository.read(root.resolve(service).resolve("pom.xml")).contains("<artifactId>service-kit</artifactId>")) {
            sources.add(prodProperties(root.resolve(KIT_DEFAULTS)));
        }
        sources.add(prodProperties(root.resolve(service).resolve("src/main/resources/application.properties")));
        return new ServiceConfiguration(service, sources);
    }

    /** A file's properties as the prod profile sees them: unprofiled keys, and {@code %prod.} keys over them. */
    static Map<String, String> prodProperties(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return prodProfile(properties);
    }

    static Map<String, String> prodProperties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prodProfile(properties);
    }

    private static Map<String, String> prodProfile(Properties properties) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (!key.startsWith("%")) {
                plain.put(key, value);
            } else {
                int dot = key.indexOf('.');
                List<String> profiles = List.of(key.substring(1, dot).split(","));
                if (profiles.contains("prod")) {
                    prod.put(key.substring(dot + 1), value);
                }
            }
        }
        plain.putAll(prod);
        return plain;
    }

    String service() {
        return service;
    }

    Optional<String> value(String key) {
        String value = null;
        for (Map<String, String> source : sources) {
            value = source.getOrDefault(key, value);
        }
        return Optional.ofNullable(value);
    }

    /**
     * Every environment variable the service's configuration reads, true where the expression gives
     * a default ({@code ${NAME:default}}) and false where it does not ({@code ${NAME}}): such a
     * variable must be set or the service does not start. A key overridden by a later source
     * counts only in its winning value.
     */
    Map<String, Boolean> environmentVariables() {
        Map<String, String> effective = new LinkedHashMap<>();
        sources.forEach(effective::putAll);
        Map<String, Boolean> variables = new LinkedHashMap<>();
        for (String value : effective.values()) {
            environmentVariables(value).forEach((name, defaulted) -> variables.merge(name, defaulted, Boolean::logicalAnd));
        }
        return variables;
    }

    static Map<String, Boolean> environmentVariables(String value) {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        Matcher m = EXPRESSION.matcher(value);
        while (m.find()) {
            if (ENV_NAME.matcher(m.group(1)).matches()) {
                variables.merge(m.group(1), m.group(2).equals(":"), Boolean::logicalAnd);
            }
        }
        return variables;
    }

    /** The property names the service's configuration holds, for SmallRye's environment mapping (a.b-c → A_B_C). */
    List<String> propertyNames() {
        Map<String, String> effective = new LinkedHashMap<>();
        sources.forEach(effective::putAll);
        return List.copyOf(effective.keySet());
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** Where SmallRye Health answers, resolved from the same properties Quarkus resolves it from. */
    String healthPath(String probe) {
        String rootPath = value("quarkus.http.root-path").orElse("/");
        String nonApplication = under(rootPath, value("quarkus.http.non-application-root-path").orElse("q"));
        String health = under(nonApplication, value("quarkus.smallrye-health.root-path").orElse("health"));
        String leaf = switch (probe) {
            case "live" -> value("quarkus.smallrye-health.liveness-path").orElse("live");
            case "ready" -> value("quarkus.smallrye-health.readiness-path").orElse("ready");
            case "started" -> value("quarkus.smallrye-health.startup-path").orElse("started");
            default -> throw new IllegalArgumentException(probe);
        };
        return under(health, leaf);
    }

    /** Quarkus's rule: a path starting with '/' is absolute, otherwise it is relative to its parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path.replaceAll("/+$", "");
        }
        String base = parent.endsWith("/") ? parent : parent + "/";
        return (base + path).replaceAll("/+$", "");
    }

    boolean dependsOn(String artifactId) {
        Path root = Repository.root();
        if (Repository.read(root.resolve(service).resolve("pom.xml")).contains("<artifactId>" + artifactId + "</artifactId>")) {
            return true;
        }
        return Repository.read(root.resolve(service).resolve("pom.xml")).contains("<artifactId>service-kit</artifactId>")
                && Repository.read(root.resolve("platform/service-kit/pom.xml")).contains("<artifactId>" + artifactId + "</artifactId>");
    }
}
