package org.redress.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository's files the manifests must agree with: services, compose file, the services' Dockerfile, the manifests' README. */
final class Repository {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("redress.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    /** The deployable services: the root's {@code *-service} modules. */
    static List<String> services() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.isRegularFile(d.resolve("src/main/resources/application.properties")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** docker-compose.yml's service entry, with anchors and merge keys resolved. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String service) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> compose = new Yaml(options).load(read(root().resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Object entry = services.get(service);
        if (entry == null) {
            throw new AssertionError("docker-compose.yml has no service " + service);
        }
        return (Map<String, Object>) entry;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> composeEnvironment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = composeService(service).get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String[] kv = String.valueOf(item).split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return env;
    }

    /** The Dockerfile compose builds the service's image from, with the build arguments compose passes. */
    @SuppressWarnings("unchecked")
    static Dockerfile dockerfile(String service) {
        Object build = composeService(service).get("build");
        Path context = root();
        String file = "Dockerfile";
        Map<String, String> args = new LinkedHashMap<>();
        if (build instanceof String s) {
            context = root().resolve(s);
        } else if (build instanceof Map<?, ?> map) {
            Object buildContext = map.get("context");
            Object buildFile = map.get("dockerfile");
            context = root().resolve(buildContext == null ? "." : String.valueOf(buildContext));
            file = buildFile == null ? "Dockerfile" : String.valueOf(buildFile);
            Object buildArgs = map.get("args");
            if (buildArgs instanceof Map<?, ?> a) {
                a.forEach((k, v) -> args.put(String.valueOf(k), String.valueOf(v)));
            } else if (buildArgs instanceof List<?> l) {
                l.forEach(item -> {
                    String[] kv = String.valueOf(item).split("=", 2);
                    args.put(kv[0], kv.length > 1 ? kv[1] : "");
                });
            }
        } else {
            throw new AssertionError("docker-compose.yml does not build " + service);
        }
        return Dockerfile.parse(context.resolve(file).normalize(), args);
    }

    /** The final stage of a Dockerfile: what the running container is. */
    record Dockerfile(Path path, String user, List<String> exposedPorts) {

        static Dockerfile parse(Path path, Map<String, String> buildArgs) {
            Map<String, String> variables = new LinkedHashMap<>();
            String user = null;
            List<String> exposed = new ArrayList<>();
            String joined = read(path).replaceAll("\\\\\\r?\\n", " ");
            for (String line : joined.split("\\r?\\n")) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                String instruction = parts[0].toUpperCase();
                String rest = parts.length > 1 ? parts[1] : "";
                switch (instruction) {
                    case "FROM" -> {
                        user = null;
                        exposed = new ArrayList<>();
                    }
                    case "ARG" -> {
                        String[] kv = rest.split("=", 2);
                        variables.put(kv[0], buildArgs.getOrDefault(kv[0], kv.length > 1 ? kv[1] : ""));
                    }
                    case "USER" -> user = substitute(rest, variables);
                    case "EXPOSE" -> {
                        for (String port : substitute(rest, variables).split("\\s+")) {
                            exposed.add(port.replace("/tcp", ""));
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Dockerfile(path, user, List.copyOf(exposed));
        }

        private static String substitute(String value, Map<String, String> variables) {
            Matcher m = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?").matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(out);
            return out.toString().trim();
        }
    }

    /**
     * The first backticked word of each table row in the README section whose heading contains
     * {@code heading}, with the other backticked words of its second column: e.g. a Secret and its keys.
     */
    static Map<String, Set<String>> readmeTable(String heading) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : read(k8s().resolve("README.md")).split("\\r?\\n")) {
            if (line.startsWith("#")) {
                inSection = line.contains(heading);
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 2) {
                continue;
            }
            Matcher first = BACKTICKED.matcher(cells[1]);
            if (!first.find()) {
                continue;
            }
            Set<String> second = new LinkedHashSet<>();
            if (cells.length > 2) {
                Matcher m = BACKTICKED.matcher(cells[2]);
                while (m.find()) {
                    second.add(m.group(1));
                }
            }
            rows.put(first.group(1), second);
        }
        if (rows.isEmpty()) {
            throw new AssertionError("deploy/k8s/README.md has no table under a heading containing \"" + heading + "\"");
        }
        return rows;
    }
}
