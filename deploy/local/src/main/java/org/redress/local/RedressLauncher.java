package org.redress.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.redress.contracts.Topics;
import org.redress.devidentity.DevKeys;
import org.redress.kafkabroker.KafkaBroker;
import org.redress.kafkabroker.KafkaBrokerSettings;

/**
 * {@code ./redress up [--infra-only]}: picks the PostgreSQL server ({@link SuitePostgres}: the local one,
 * or a private one in {@code .redress/postgres} when none answers) and creates the three databases,
 * starts a Kafka broker (data kept in {@code .redress/kafka}), starts the three services as separate
 * JVMs, prints where they are, and on Ctrl-C or SIGTERM stops the services first, then the broker,
 * then a private PostgreSQL.
 */
public final class RedressLauncher {

    static final int EXIT_USAGE = 64;
    static final int EXIT_POSTGRES_UNAVAILABLE = 2;
    static final int EXIT_FAILED = 1;

    private final LauncherSettings settings;
    private final PrintStream out;
    private final Set<ServiceProcess> reportedExits = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile KafkaBroker broker;
    private volatile SuiteProcesses suite;
    private volatile SuitePostgres database;

    RedressLauncher(LauncherSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherCommand command;
        LauncherSettings settings;
        try {
            command = LauncherCommand.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("redress: " + e.getMessage() + "\n\n" + LauncherCommand.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (command == LauncherCommand.HELP) {
            System.out.print(LauncherCommand.USAGE);
            return;
        }
        try {
            settings = LauncherSettings.fromEnvironment(RepositoryRoot.locate(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("redress: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        RedressLauncher launcher = new RedressLauncher(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "redress-shutdown"));
        int exitCode = launcher.up(command);
        if (exitCode != 0) {
            System.exit(exitCode); // runs the shutdown hook, which stops whatever did start
        }
        launcher.watchUntilStopped();
    }

    int up(LauncherCommand command) throws InterruptedException {
        long startedNanos = System.nanoTime();
        PostgresServer postgres;
        try {
            database = SuitePostgres.choose(settings);
            postgres = database.server();
            prepareDatabases(new LocalPostgres(postgres));
        } catch (LocalPostgres.PostgresUnavailable e) {
            System.err.println(e.getMessage());
            return EXIT_POSTGRES_UNAVAILABLE;
        }
        List<ServiceSpec> services = command == LauncherCommand.UP ? ServiceSpec.SUITE : List.of();
        String problem = missingJarsOrBusyPorts(services);
        if (problem != null) {
            System.err.println(problem);
            return EXIT_FAILED;
        }
        Duration kafkaTime;
        try {
            kafkaTime = startKafka();
        } catch (Exception e) {
            System.err.println("Kafka did not start: " + e);
            return EXIT_FAILED;
        }
        if (command == LauncherCommand.INFRA_ONLY) {
            out.println();
            out.print(DevModeInstructions.forServices(ServiceSpec.SUITE, postgres, broker.bootstrapServers()));
            out.println("\nCtrl-C stops Kafka.");
            return 0;
        }
        try {
            Duration servicesTime = startServices(services, postgres);
            out.println();
            out.print(StartupReport.table(suite.processes().stream().map(p -> new StartupReport.Row(p.name(),
                    p.launch().baseUrl(), Readiness.UP, p.timeToReady().orElseThrow())).toList()));
            out.println();
            out.println(StartupReport.summary(kafkaTime, servicesTime, Duration.ofNanos(System.nanoTime() - startedNanos)));
            out.println("Logs: " + relative(settings.logDirectory()) + "/<service>.log. Ctrl-C stops everything.");
            return 0;
        } catch (IOException | ServiceStartFailure e) {
            System.err.println(e.getMessage());
            return EXIT_FAILED;
        }
    }

    private void prepareDatabases(LocalPostgres postgres) {
        if (database.isPrivate()) {
            out.println(database.description());
        }
        List<String> created = postgres.createMissingDatabases(ServiceSpec.databases());
        out.println("PostgreSQL at " + postgres.server().address() + ": databases " + String.join(", ", ServiceSpec.databases())
                + (created.isEmpty() ? " ready" : " ready (created " + String.join(", ", created) + ")"));
    }

    private String missingJarsOrBusyPorts(List<ServiceSpec> services) {
        for (ServiceSpec service : services) {
            Path jar = service.runnerJar(settings.repositoryRoot());
            if (!Files.isRegularFile(jar)) {
                return relative(jar) + " is missing: build with ./redress build (or mvn -DskipTests install).";
            }
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", settings.kafkaPort());
        services.forEach(s -> ports.put(s.name(), s.port()));
        Map<String, Integer> busy = PortCheck.busy(ports);
        return busy.isEmpty() ? null : PortCheck.describe(busy);
    }

    private Duration startKafka() throws Exception {
        out.println("Starting Kafka on port " + settings.kafkaPort() + " (data in " + relative(settings.kafkaDataDirectory()) + ") ...");
        long started = System.nanoTime();
        Files.createDirectories(settings.kafkaDataDirectory());
        KafkaBroker kafka = KafkaBroker.startClosedByCaller(
                KafkaBrokerSettings.forLocalRun(settings.kafkaDataDirectory(), settings.kafkaPort(), Topics.ALL));
        broker = kafka;
        if (stopping) {
            kafka.close(); // Ctrl-C arrived while it was starting
            throw new InterruptedException("stopped while starting");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.println("Kafka ready at " + kafka.bootstrapServers() + " in " + StartupReport.seconds(took)
                + " (topics " + String.join(", ", Topics.ALL) + ")");
        return took;
    }

    private Duration startServices(List<ServiceSpec> services, PostgresServer postgres) throws IOException, InterruptedException {
        DevKeys.writePublicKey(ServiceLaunch.developmentPublicKey(settings.repositoryRoot()));
        List<ServiceLaunch> launches = services.stream().map(s -> ServiceLaunch.of(s, settings.repositoryRoot(), postgres,
                broker.bootstrapServers(), settings.serviceJavaOptions(), settings.logDirectory())).toList();
        out.println("Starting " + String.join(", ", services.stream().map(ServiceSpec::name).toList())
                + " (logs in " + relative(settings.logDirectory()) + ") ...");
        suite = SuiteProcesses.start(launches);
        return suite.awaitReady(settings.startupTimeout());
    }

    /** Keeps the launcher alive until a signal, and says so if a service or the broker dies meanwhile. */
    private void watchUntilStopped() throws InterruptedException {
        boolean brokerReported = false;
        while (!stopping) {
            TimeUnit.SECONDS.sleep(1);
            if (suite != null) {
                for (ServiceProcess service : suite.processes()) {
                    if (!service.isAlive() && !stopping && reportedExits.add(service)) {
                        System.err.println(service.name() + " exited; see " + relative(service.launch().logFile())
                                + ". The rest keep running; Ctrl-C stops everything.");
                    }
                }
            }
            if (broker != null && !broker.isRunning() && !stopping && !brokerReported) {
                brokerReported = true;
                System.err.println("Kafka stopped unexpectedly; see " + relative(settings.kafkaDataDirectory().resolve("broker.log")));
            }
        }
    }

    /** Shutdown hook: services first (they may still be flushing to Kafka), then the broker, then a private PostgreSQL. */
    void shutdown() {
        stopping = true;
        if (suite == null && broker == null && (database == null || !database.isPrivate()) && ProcessHandle.current().descendants().findAny().isEmpty()) {
            return; // nothing was started
        }
        long started = System.nanoTime();
        try {
            if (suite != null) {
                out.println("\nStopping services ...");
                suite.stop(ServiceProcess.DEFAULT_STOP_GRACE);
            }
            if (broker != null) {
                out.println("Stopping Kafka ...");
                broker.close();
            }
            if (database != null && database.isPrivate()) {
                out.println("Stopping the private PostgreSQL ...");
                database.close();
            }
        } catch (Exception e) {
            System.err.println("While stopping: " + e);
        } finally {
            stopStragglers();
        }
        out.println("Stopped in " + StartupReport.seconds(Duration.ofNanos(System.nanoTime() - started)) + ".");
    }

    /** Anything this JVM started that is still running (e.g. a broker whose start was interrupted) goes too. */
    private static void stopStragglers() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    private String relative(Path path) {
        return path.startsWith(settings.repositoryRoot()) ? settings.repositoryRoot().relativize(path).toString() : path.toString();
    }
}
