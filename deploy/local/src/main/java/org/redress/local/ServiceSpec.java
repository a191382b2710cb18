package org.redress.local;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the suite's services as the launcher sees it: its module directory, its HTTP port and the
 * database it owns.
 */
public record ServiceSpec(String name, int port, String database) {

    public static final ServiceSpec COMPLAINTS = new ServiceSpec("complaints-service", 8081, "complaints");
    public static final ServiceSpec ASSESSMENTS = new ServiceSpec("assessment-service", 8082, "assessments");
    public static final ServiceSpec REMEDIES = new ServiceSpec("remedy-service", 8083, "remedies");

    /** The suite in start order (they start together; the order only fixes how they are listed). */
    public static final List<ServiceSpec> SUITE = List.of(COMPLAINTS, ASSESSMENTS, REMEDIES);

    public static List<String> databases() {
        return SUITE.stream().map(ServiceSpec::database).toList();
    }

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runnerJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The same service on another port, e.g. for a test run beside a developer's running suite. */
    public ServiceSpec withPort(int otherPort) {
        return new ServiceSpec(name, otherPort, database);
    }
}
