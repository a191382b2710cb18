package org.redress.complaints;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java; features meet only through each other's domain ports. */
@AnalyzeClasses(packages = "org.redress.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
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
    static final ArchRule featuresDoNotReachIntoIntakeAdapters = noClasses()
            .that().resideOutsideOfPackage("org.redress.complaints.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("org.redress.complaints.intake.infrastructure..",
                    "org.redress.complaints.intake.api..", "org.redress.complaints.intake.application..");
}
