package org.redress.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture every Redress service keeps, written once. A service's package tree is
 * {@code org.redress.<service>.<feature>.<layer>}, the layers being {@code domain} (plain Java: the
 * aggregate, its rules and its ports), {@code application} (use cases), {@code api} (HTTP resources,
 * requests and views) and {@code infrastructure} (persistence, schedules, consumers). Each service
 * applies these rules in its own {@code ArchitectureTest}:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.redress.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);
 * }
 * </pre>
 */
public final class ServiceArchitectureRules {

    /** The domain is plain Java: no framework, no serialisation library, no service kit. */
    @ArchTest
    public static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                    "org.eclipse.microprofile..", "com.fasterxml..", "org.hibernate..", "org.apache.kafka..",
                    "org.jboss..", "io.vertx..", "org.redress.servicekit..")
            .because("domain rules are plain Java, testable without a framework (CONVENTIONS)");

    /** The domain knows nothing of the layers around it. */
    @ArchTest
    public static final ArchRule domainImportsNoOtherLayer = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..api..")
            .because("the domain is the centre: use cases and adapters depend on it, never the reverse");

    /** Use cases use the domain's ports, never an adapter, and know nothing of HTTP. */
    @ArchTest
    public static final ArchRule applicationImportsNoAdapterNorHttp = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..api..", "jakarta.ws.rs..",
                    "org.jboss.resteasy..")
            .because("a use case is the same whether HTTP, an event or a schedule calls it");

    /** HTTP resources call use cases and read through the domain's ports, never storage directly. */
    @ArchTest
    public static final ArchRule apiImportsNoInfrastructure = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
            .because("a resource that reads entities couples the published contract to the table layout");

    /** Features depend on each other in one direction only. */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("org.redress.(*).(*)..")
            .should().beFreeOfCycles();

    /** Packages depend on each other in one direction only. */
    @ArchTest
    public static final ArchRule packagesAreFreeOfCycles = slices().matching("org.redress.(**)")
            .should().beFreeOfCycles();

    private ServiceArchitectureRules() {
    }
}
