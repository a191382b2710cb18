package org.redress.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start one service JVM: the runner jar, JVM options, the environment of the
 * service contract (HTTP_PORT, DB_URL, DB_USERNAME, DB_PASSWORD, KAFKA_BOOTSTRAP_SERVERS) and the
 * log file that receives its stdout and stderr.
 */
public record ServiceLaunch(String name, int port, Path jar, Path workingDirectory, List<String> jvmOptions,
                            Map<String, String> environment, Path logFile) {

    public ServiceLaunch {
        jvmOptions = List.copyOf(jvmOptions);
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The launch of {@code spec} built from {@code repositoryRoot} against the given infrastructure. */
    public static ServiceLaunch of(ServiceSpec spec, Path repositoryRoot, PostgresServer postgres,
                                   String kafkaBootstrapServers, List<String> jvmOptions, Path logDirectory) {
        // the module directory, so a service finds its own .env and config/ there as in `mvn quarkus:dev`
        return new ServiceLaunch(spec.name(), spec.port(), spec.runnerJar(repositoryRoot),
                repositoryRoot.resolve(spec.name()), jvmOptions,
                environmentFor(spec, postgres, kafkaBootstrapServers), logDirectory.resolve(spec.name() + ".log"));
    }

    /** The service contract's environment variables, in a stable order for printing. */
    public static Map<String, String> environmentFor(ServiceSpec spec, PostgresServer postgres, String kafkaBootstrapServers) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(spec.port()));
        env.put("DB_URL", postgres.jdbcUrl(spec.database()));
        env.put("DB_USERNAME", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        return env;
    }

    public List<String> command(Path javaExecutable) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
