package org.redress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@code up --infra-only} prints: for each service, the command that runs it in Quarkus dev mode
 * against this infrastructure. It runs from the repository root with {@code -am}, so that a fresh
 * clone needs no install first and the platform modules the service uses are compiled from source and
 * live-reloaded with it. {@code ./redress dev <service>} reads its environment from this text.
 */
public final class DevModeInstructions {

    private static final Pattern QUARKUS_VERSION = Pattern.compile("<quarkus\\.version>\\s*([^<\\s]+)\\s*</quarkus\\.version>");
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private DevModeInstructions() {
    }

    public static String forServices(List<ServiceSpec> services, PostgresServer postgres, String kafkaBootstrapServers) {
        return forServices(services, postgres, kafkaBootstrapServers, devGoal(RepositoryRoot.locate()));
    }

    /**
     * The dev goal with the plugin's version: the root pom names the Quarkus plugin only in its
     * plugin management, so {@code quarkus:dev} does not resolve from the repository root.
     */
    static String devGoal(Path repositoryRoot) {
        try {
            Matcher version = QUARKUS_VERSION.matcher(Files.readString(repositoryRoot.resolve("pom.xml")));
            if (!version.find()) {
                throw new IllegalStateException("no <quarkus.version> in " + repositoryRoot.resolve("pom.xml"));
            }
            return "io.quarkus:quarkus-maven-plugin:" + version.group(1) + ":dev";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String forServices(List<ServiceSpec> services, PostgresServer postgres, String kafkaBootstrapServers, String devGoal) {
        StringBuilder text = new StringBuilder("Run a service in dev mode against it, from the repository root:\n\n");
        for (ServiceSpec service : services) {
            Map<String, String> env = ServiceLaunch.environmentFor(service, postgres, kafkaBootstrapServers);
            text.append("  ").append(assignments(env)).append(" ./mvnw -pl ").append(service.name())
                    .append(" -am compile ").append(devGoal).append("\n");
        }
        return text.toString();
    }

    /** {@code NAME=value} pairs, quoted where the shell needs it. */
    static String assignments(Map<String, String> env) {
        return env.entrySet().stream().map(e -> e.getKey() + "=" + shellQuote(e.getValue())).collect(Collectors.joining(" "));
    }

    static String shellQuote(String value) {
        if (value.isEmpty()) {
            return "''";
        }
        return SHELL_SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
