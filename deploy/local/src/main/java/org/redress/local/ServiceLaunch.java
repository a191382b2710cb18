package org.redress.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.devidentity.DevTokens;

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
        Map<String, String> environment = environmentFor(spec, postgres, kafkaBootstrapServers);
        environment.putAll(developmentIdentity(developmentPublicKey(repositoryRoot)));
        return new ServiceLaunch(spec.name(), spec.port(), spec.runnerJar(repositoryRoot),
                repositoryRoot.resolve(spec.name()), jvmOptions, environment,
                logDirectory.resolve(spec.name() + ".log"));
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

    /**
     * A packaged service runs in the prod profile and trusts only the key it is given: locally,
     * the development key, so that tokens from {@code ./redress token <role>} are accepted.
     */
    static Map<String, String> developmentIdentity(Path publicKeyFile) {
        // the launcher writes the key file before it starts any service (RedressLauncher)
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REDRESS_JWT_PUBLIC_KEY_LOCATION", publicKeyFile.toAbsolutePath().toUri().toString());
        env.put("REDRESS_JWT_ISSUER", DevTokens.ISSUER);
        env.put("REDRESS_JWT_AUDIENCE", DevTokens.AUDIENCE);
        return env;
    }

    /** Where the launcher puts the development public key for the services to read. */
    public static Path developmentPublicKey(Path repositoryRoot) {
        return repositoryRoot.resolve(".redress/dev-identity/dev-public.pem");
    }

    /** The same launch writing to another log file, e.g. for a restarted service whose first log is kept. */
    public ServiceLaunch withLogFile(Path otherLogFile) {
        return new ServiceLaunch(name, port, jar, workingDirectory, jvmOptions, environment, otherLogFile);
    }

    /** The same launch with {@code extra} added to (or replacing entries of) its environment. */
    public ServiceLaunch withEnvironment(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(extra);
        return new ServiceLaunch(name, port, jar, workingDirectory, jvmOptions, merged, logFile);
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
