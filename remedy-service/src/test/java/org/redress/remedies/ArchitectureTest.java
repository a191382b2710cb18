package org.redress.remedies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java; other features use remedy cases only through their domain and use cases. */
@AnalyzeClasses(packages = "org.redress.remedies", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoFrameworkImports = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                    "org.eclipse.microprofile..", "com.fasterxml..", "org.hibernate..", "org.apache.kafka..",
                    "org.redress.servicekit..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..api..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..api..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoRemedyCaseAdapters = noClasses()
            .that().resideOutsideOfPackage("org.redress.remedies.remedycases..")
            .should().dependOnClassesThat().resideInAnyPackage("org.redress.remedies.remedycases.infrastructure..",
                    "org.redress.remedies.remedycases.api..");
}
