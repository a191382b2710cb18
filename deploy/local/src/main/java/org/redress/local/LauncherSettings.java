package org.redress.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The launcher's settings, read from environment variables so that the same values work from the
 * {@code ./redress} script, an IDE run configuration or a test.
 *
 * @param repositoryRoot        the Maven multi-module root; data and logs live under {@code .redress/}
 * @param postgresAdminUrl      JDBC URL of a database on the server that may create databases
 * @param postgresUrlGiven      whether the developer chose that server (REDRESS_PG_URL); if not, and
 *                              nothing listens at the default address, the suite runs a private one
 * @param kafkaPort             the broker's client port
 * @param serviceJavaOptions    JVM options for each service process
 * @param startupTimeout        how long to wait for every service to answer ready
 */
public record LauncherSettings(Path repositoryRoot, String postgresAdminUrl, boolean postgresUrlGiven, int kafkaPort,
                               List<String> serviceJavaOptions, Duration startupTimeout) {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /**
     * Small heaps and the serial collector: three services and a broker share a 2-core developer
     * machine. The full tiered JIT, because once warm it carries far more load there than C1 alone
     * (measured with ./redress bench: 233 against 138 requests/s when saturated, p95 53 against 76 ms
     * at a steady 160 requests/s), at the price of a slower start (suite ready in 11-15 s against 9 s)
     * and about 100 MB more per service; deploy/local/README.md has the figures.
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xmx256m -XX:+UseSerialGC";
    /** {@code ./redress up --fast-start} (REDRESS_FAST_START=1): C1 only, for starting often rather than loading hard. */
    public static final String FAST_START_SERVICE_JAVA_OPTS = DEFAULT_SERVICE_JAVA_OPTS + " -XX:TieredStopAtLevel=1";
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(180);

    public LauncherSettings {
        serviceJavaOptions = List.copyOf(serviceJavaOptions);
    }

    public static LauncherSettings fromEnvironment(Path repositoryRoot, Map<String, String> env) {
        return new LauncherSettings(
                repositoryRoot,
                nonBlank(env.get("REDRESS_PG_URL"), DEFAULT_PG_URL),
                env.get("REDRESS_PG_URL") != null && !env.get("REDRESS_PG_URL").isBlank(),
                port("REDRESS_KAFKA_PORT", nonBlank(env.get("REDRESS_KAFKA_PORT"), String.valueOf(DEFAULT_KAFKA_PORT))),
                splitOptions(nonBlank(env.get("REDRESS_SERVICE_JAVA_OPTS"), isSet(env.get("REDRESS_FAST_START"))
                        ? FAST_START_SERVICE_JAVA_OPTS : DEFAULT_SERVICE_JAVA_OPTS)),
                Duration.ofSeconds(positive("REDRESS_STARTUP_TIMEOUT",
                        nonBlank(env.get("REDRESS_STARTUP_TIMEOUT"), String.valueOf(DEFAULT_STARTUP_TIMEOUT.toSeconds())))));
    }

    public Path stateDirectory() {
        return repositoryRoot.resolve(".redress");
    }

    public Path kafkaDataDirectory() {
        return stateDirectory().resolve("kafka");
    }

    /** Where the private PostgreSQL keeps its cluster when the suite runs its own. */
    public Path privatePostgresDirectory() {
        return stateDirectory().resolve("postgres");
    }

    public Path logDirectory() {
        return stateDirectory().resolve("logs");
    }

    static List<String> splitOptions(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    private static boolean isSet(String flag) {
        return flag != null && !flag.isBlank() && !flag.trim().equals("0") && !flag.trim().equalsIgnoreCase("false");
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int port(String name, String value) {
        int port = positive(name, value);
        if (port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number, not " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
        }
    }
}
