package org.redress.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port a service listens on, read from its own application.properties
 * ({@code quarkus.http.port=${HTTP_PORT:8081}}); while that file does not exist yet, the contract's
 * port from {@link ServiceSpec}.
 */
final class ServicePortContract {

    /** The environment variables every service reads, by contract. */
    static final List<String> ENVIRONMENT = List.of("HTTP_PORT", "DB_URL", "DB_USERNAME", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");

    private static final Pattern HTTP_PORT_WITH_DEFAULT = Pattern.compile("\\$\\{HTTP_PORT:(\\d+)}");

    private ServicePortContract() {
    }

    static Path applicationProperties(Path repositoryRoot, ServiceSpec service) {
        return repositoryRoot.resolve(service.name()).resolve("src/main/resources/application.properties");
    }

    static Optional<Properties> properties(Path repositoryRoot, ServiceSpec service) throws IOException {
        Path file = applicationProperties(repositoryRoot, service);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return Optional.of(properties);
    }

    /** The port the service listens on when HTTP_PORT is not set. */
    static int port(Path repositoryRoot, ServiceSpec service) throws IOException {
        Optional<Properties> properties = properties(repositoryRoot, service);
        if (properties.isEmpty()) {
            return service.port();
        }
        String value = Optional.ofNullable(properties.get().getProperty("quarkus.http.port"))
                .or(() -> Optional.ofNullable(properties.get().getProperty("%prod.quarkus.http.port")))
                .orElseThrow(() -> new AssertionError(applicationProperties(repositoryRoot, service)
                        + " does not set quarkus.http.port=${HTTP_PORT:" + service.port() + "}, so the service would ignore HTTP_PORT"));
        return parsePort(value);
    }

    static int parsePort(String value) {
        Matcher withDefault = HTTP_PORT_WITH_DEFAULT.matcher(value.trim());
        if (withDefault.matches()) {
            return Integer.parseInt(withDefault.group(1));
        }
        throw new AssertionError("quarkus.http.port should be ${HTTP_PORT:<port>} (the contract's variable with its default), not " + value);
    }
}
