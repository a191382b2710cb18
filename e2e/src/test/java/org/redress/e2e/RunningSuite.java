package org.redress.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.redress.contracts.Topics;
import org.redress.devidentity.DevKeys;
import org.redress.e2e.tracing.TraceCollector;
import org.redress.kafkabroker.KafkaBroker;
import org.redress.kafkabroker.KafkaBrokerSettings;
import org.redress.local.LauncherSettings;
import org.redress.local.PostgresServer;
import org.redress.local.RepositoryRoot;
import org.redress.local.ServiceLaunch;
import org.redress.local.ServiceProcess;
import org.redress.local.ServiceSpec;
import org.redress.local.ServiceStartFailure;
import org.redress.local.SuiteProcesses;
import org.redress.privatepostgres.PrivatePostgres;

/**
 * The whole suite as real processes, started with the local launcher's own classes: a Kafka broker, a
 * PostgreSQL server of the run's own ({@link PrivatePostgres}, so that a fault test may stop it) with one
 * database per service, and the three packaged services on free ports. One per test JVM, shared by every
 * end-to-end test; a fault test may kill, stop or restart a service, the broker or the database server,
 * and must leave the suite running when it ends.
 */
public final class RunningSuite implements AutoCloseable {

    /**
     * The suite runs without its sweeps. They act on the calendar, not on the traffic a test sends: a
     * service restarted by a fault test would otherwise sweep 30 s later and publish, say, every action
     * the earlier tests left past its due date, which a test that counts events cannot tell from a
     * duplicate. Each sweep and its schedule are tested in its own service.
     */
    static final Map<String, String> NO_SWEEPS = Map.of(
            "REDRESS_SWEEPS_CLOCK_BREACH_EVERY", "off",
            "REDRESS_SWEEPS_OVERDUE_ACTIONS_EVERY", "off");

    /** The services log as in production: one JSON object per line (the trace test reads them). */
    static final Map<String, String> PRODUCTION_LOGS = Map.of("REDRESS_LOG_JSON", "true");

    /**
     * {@code -Dredress.e2e.pg-url=<admin JDBC URL>} runs the services' databases on that existing server
     * instead of a private one; it is never stopped, so the database-restart fault is then skipped.
     */
    static final String PG_URL = System.getProperty("redress.e2e.pg-url", "");
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private static RunningSuite shared;

    private final Path root;
    private final KafkaBroker broker;
    private final PostgresServer postgres;
    /** Null when the run uses an existing server ({@link #PG_URL}). */
    private final PrivatePostgres privatePostgres;
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final Map<String, ServiceLaunch> launches = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new ConcurrentHashMap<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private final Path logDirectory;

    private RunningSuite(Path root, KafkaBroker broker, PrivatePostgres privatePostgres, Path logDirectory) {
        this.root = root;
        this.broker = broker;
        this.privatePostgres = privatePostgres;
        this.postgres = privatePostgres == null ? PostgresServer.fromJdbcUrl(PG_URL) : PostgresServer.fromJdbcUrl(privatePostgres.adminUrl());
        this.logDirectory = logDirectory;
    }

    /** The suite of this test JVM, started on first use and stopped when the JVM's tests are done. */
    public static synchronized RunningSuite shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::killEverything, "e2e-suite-stop"));
        }
        return shared;
    }

    private static RunningSuite start() {
        Path root = RepositoryRoot.locate();
        String run = "e2e_" + UUID.randomUUID().toString().substring(0, 8);
        KafkaBroker broker = KafkaBroker.start(KafkaBrokerSettings.forTests(Topics.ALL));
        PrivatePostgres privatePostgres;
        try {
            privatePostgres = PG_URL.isBlank() ? PrivatePostgres.throwaway(root.resolve("e2e/target/pg-data")) : null;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        RunningSuite suite = new RunningSuite(root, broker, privatePostgres, root.resolve("e2e/target/suite-logs"));
        try {
            DevKeys.writePublicKey(ServiceLaunch.developmentPublicKey(root));
            // the launcher's JVM options (REDRESS_SERVICE_JAVA_OPTS if set), as in `./redress up`
            List<String> javaOptions = LauncherSettings.fromEnvironment(root, System.getenv()).serviceJavaOptions();
            List<ServiceLaunch> launches = new ArrayList<>();
            for (ServiceSpec base : ServiceSpec.SUITE) {
                ServiceSpec spec = new ServiceSpec(base.name(), freePort(), run + "_" + base.database());
                suite.createDatabase(spec.database());
                ServiceLaunch launch = ServiceLaunch.of(spec, root, suite.postgres, broker.bootstrapServers(),
                        javaOptions, suite.logDirectory).withEnvironment(NO_SWEEPS)
                        .withEnvironment(PRODUCTION_LOGS).withEnvironment(TraceCollector.shared().serviceEnvironment());
                suite.specs.put(spec.name(), spec);
                suite.launches.put(spec.name(), launch);
                launches.add(launch);
            }
            SuiteProcesses processes = SuiteProcesses.start(launches);
            processes.processes().forEach(p -> suite.running.put(p.name(), p));
            processes.awaitReady(READY_TIMEOUT);
            return suite;
        } catch (IOException | InterruptedException | RuntimeException e) {
            suite.close();
            throw new IllegalStateException("the suite did not start: " + e.getMessage(), e);
        }
    }

    public Service complaints() {
        return service(ServiceSpec.COMPLAINTS.name());
    }

    public Service assessments() {
        return service(ServiceSpec.ASSESSMENTS.name());
    }

    public Service remedies() {
        return service(ServiceSpec.REMEDIES.name());
    }

    public List<Service> services() {
        return specs.keySet().stream().map(this::service).toList();
    }

    public Service service(String name) {
        ServiceSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no service named " + name);
        }
        return new Service(spec.name(), "http://localhost:" + spec.port(), postgres.jdbcUrl(spec.database()), postgres.user(),
                postgres.password());
    }

    /**
     * How the suite starts {@code name}: its jar, JVM options, port, database, broker and environment. A scale-out
     * test starts further instances of the service from it (another port, the same database and consumer group).
     */
    public ServiceLaunch launch(String name) {
        ServiceLaunch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalArgumentException("no service named " + name);
        }
        return launch;
    }

    public KafkaBroker broker() {
        return broker;
    }

    /** Where each service process writes its log ({@code <service>.log}, {@code <service>.restart-<n>.log}). */
    public Path logDirectory() {
        return logDirectory;
    }

    /** The run's own PostgreSQL server, which a fault test may stop and start; empty with {@code -Dredress.e2e.pg-url}. */
    public Optional<PrivatePostgres> privatePostgres() {
        return Optional.ofNullable(privatePostgres);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** SIGKILL: no graceful shutdown, in-flight requests and unsent events are cut off. */
    public void kill(String name) throws InterruptedException {
        process(name).kill();
    }

    /** SIGTERM and wait for a clean shutdown (e.g. so that its consumer group is empty). */
    public void stop(String name) throws InterruptedException {
        process(name).stop(ServiceProcess.DEFAULT_STOP_GRACE);
    }

    /** Starts a stopped or killed service again from the same jar, database and port; waits until it is ready. */
    public void start(String name) throws IOException, InterruptedException {
        if (process(name).isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        Path log = logDirectory.resolve(name + ".restart-" + restarts.incrementAndGet() + ".log");
        ServiceProcess restarted = ServiceProcess.start(launches.get(name).withLogFile(log));
        running.put(name, restarted);
        restarted.awaitReady(READY_TIMEOUT);
    }

    /**
     * Brings the suite back after a fault test, whatever the test left behind: the broker and the database
     * server running, every service running and ready. A service still not ready after {@code grace} (e.g.
     * a consumer that gave up during an outage) is restarted. Fault tests call it in {@code finally}, so
     * that a failed one still leaves a usable suite to the next test.
     */
    public void restore(Duration grace) throws IOException, InterruptedException {
        if (!broker.isRunning()) {
            broker.restart();
        }
        if (privatePostgres != null && !privatePostgres.isRunning()) {
            privatePostgres.start();
        }
        for (String name : specs.keySet()) {
            if (!isAlive(name)) {
                start(name);
                continue;
            }
            try {
                process(name).awaitReady(grace);
            } catch (ServiceStartFailure notReady) {
                System.err.println(name + " was not ready after a fault test; restarting it: " + notReady.getMessage());
                stop(name);
                start(name);
            }
        }
    }

    /** Everything the service's current process has logged so far. */
    public String log(String name) {
        try {
            return Files.readString(process(name).launch().logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive(String name) {
        return process(name).isAlive();
    }

    private ServiceProcess process(String name) {
        ServiceProcess process = running.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no service named " + name);
        }
        return process;
    }

    private void createDatabase(String database) {
        execute("CREATE DATABASE " + database);
    }

    private void dropDatabase(String database) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgres.adminUrl()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + postgres.address() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (ServiceProcess process : running.values()) {
            try {
                process.stop(ServiceProcess.DEFAULT_STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        broker.close();
        if (privatePostgres != null) {
            privatePostgres.close(); // its databases go with its folder
            return;
        }
        specs.values().forEach(spec -> {
            try {
                dropDatabase(spec.database());
            } catch (RuntimeException e) {
                System.err.println("could not drop " + spec.database() + ": " + e.getMessage());
            }
        });
    }

    /** Last resort when the test JVM exits without closing the suite: no service or server may outlive it. */
    private void killEverything() {
        running.values().forEach(p -> {
            try {
                p.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (privatePostgres != null) {
            privatePostgres.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Where one service answers and where its data lives. */
    public record Service(String name, String baseUrl, String jdbcUrl, String dbUser, String dbPassword) {

        public Api as(String role) {
            return new Api(baseUrl, role);
        }

        public ServiceDatabase database() {
            return new ServiceDatabase(jdbcUrl, dbUser, dbPassword);
        }
    }
}
