package org.redress.local;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What {@code up --infra-only} prints: the environment for running a service with {@code mvn quarkus:dev}. */
public final class DevModeInstructions {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private DevModeInstructions() {
    }

    public static String forServices(List<ServiceSpec> services, PostgresServer postgres, String kafkaBootstrapServers) {
        StringBuilder text = new StringBuilder("Run a service in dev mode with its environment, for example:\n\n");
        for (ServiceSpec service : services) {
            Map<String, String> env = ServiceLaunch.environmentFor(service, postgres, kafkaBootstrapServers);
            text.append("  (cd ").append(service.name()).append(" && ").append(assignments(env)).append(" mvn quarkus:dev)\n");
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
