package org.redress.e2e.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.redress.e2e.RunningSuite;
import org.redress.local.ServiceLaunch;
import org.redress.local.ServiceProcess;
import org.redress.local.SuiteProcesses;

/**
 * Several instances of each service in place of the suite's one, as a deployment scaled out to N replicas: each
 * started from the suite's own launch of the service (jar, JVM options, environment) on a port of its own, against
 * the same database, the same broker and the same consumer group, with some extra environment for the scenario.
 * {@link #close()} stops them and starts the suite's own instances again, so that the tests after this one find the
 * suite as it was.
 */
final class Replicas implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** One running instance: its service, its number (1, 2, …), its process and where it answers HTTP. */
    record Instance(String service, int number, ServiceProcess process, RunningSuite.Service endpoint) {

        String label() {
            return service + " #" + number;
        }

        Path log() {
            return process.launch().logFile();
        }
    }

    private final RunningSuite suite;
    private final List<String> services;
    private final List<Instance> instances;
    private final SuiteProcesses processes;

    private Replicas(RunningSuite suite, List<String> services, List<Instance> instances, SuiteProcesses processes) {
        this.suite = suite;
        this.services = services;
        this.instances = instances;
        this.processes = processes;
    }

    /**
     * Stops the suite's instances (SIGTERM, so that they leave their consumer groups at once), starts
     * {@code perService} instances of each service together with {@code environment} added, and waits until all are
     * ready. If one does not start, the suite's own instances are started again before this fails.
     */
    static Replicas start(RunningSuite suite, int perService, Map<String, String> environment) throws Exception {
        List<String> services = suite.services().stream().map(RunningSuite.Service::name).toList();
        inParallel(services, suite::stop);
        List<ServiceLaunch> launches = new ArrayList<>();
        for (String service : services) {
            for (int number = 1; number <= perService; number++) {
                launches.add(instanceLaunch(suite.launch(service), number, environment));
            }
        }
        SuiteProcesses processes = null;
        try {
            processes = SuiteProcesses.start(launches);
            processes.awaitReady(READY_TIMEOUT);
        } catch (Exception | AssertionError e) {
            if (processes != null) {
                processes.stop(ServiceProcess.DEFAULT_STOP_GRACE);
            }
            inParallel(services, suite::start);
            throw e;
        }
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < launches.size(); i++) {
            ServiceLaunch launch = launches.get(i);
            RunningSuite.Service own = suite.service(launch.name());
            instances.add(new Instance(launch.name(), i % perService + 1, processes.processes().get(i),
                    new RunningSuite.Service(own.name(), launch.baseUrl(), own.jdbcUrl(), own.dbUser(), own.dbPassword())));
        }
        return new Replicas(suite, services, List.copyOf(instances), processes);
    }

    private static ServiceLaunch instanceLaunch(ServiceLaunch suiteLaunch, int number, Map<String, String> environment)
            throws IOException {
        int port = freePort();
        Map<String, String> env = new LinkedHashMap<>(suiteLaunch.environment());
        env.putAll(environment);
        env.put("HTTP_PORT", String.valueOf(port));
        Path log = suiteLaunch.logFile().resolveSibling(suiteLaunch.name() + ".instance-" + number + ".log");
        return new ServiceLaunch(suiteLaunch.name(), port, suiteLaunch.jar(), suiteLaunch.workingDirectory(),
                fastStart(suiteLaunch.jvmOptions()), env, log);
    }

    /**
     * The suite's JVM options with the JIT kept to its first tier (as the launcher's {@code REDRESS_FAST_START} does):
     * twice as many JVMs start at once on the same cores, and they live for a minute, so start-up costs more than
     * the peak speed they would not reach anyway.
     */
    private static List<String> fastStart(List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))) {
            return jvmOptions;
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:TieredStopAtLevel=1");
        return options;
    }

    /** The instances of {@code service}, in their numbers' order. */
    List<Instance> of(String service) {
        return instances.stream().filter(i -> i.service().equals(service)).toList();
    }

    List<Instance> all() {
        return instances;
    }

    /** Where each instance of {@code service} answers HTTP, for a load balancer in front of them. */
    List<RunningSuite.Service> endpoints(String service) {
        return of(service).stream().map(Instance::endpoint).toList();
    }

    /** SIGKILL of each of {@code victims} at once: no graceful shutdown, requests and batches in flight cut off. */
    static void kill(List<Instance> victims) throws Exception {
        inParallel(victims, victim -> victim.process().kill());
    }

    /** Stops every instance this started and brings back the suite's own, each service ready again. */
    @Override
    public void close() throws Exception {
        processes.stop(ServiceProcess.DEFAULT_STOP_GRACE);
        inParallel(services, suite::start);
    }

    /** Runs {@code action} for every item at the same time (a service start takes seconds); rethrows the first failure. */
    private static <T> void inParallel(List<T> items, Action<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> {
                    action.apply(item);
                    return null;
                }));
            }
            for (Future<Object> one : running) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @FunctionalInterface
    private interface Action<T> {
        void apply(T item) throws Exception;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
