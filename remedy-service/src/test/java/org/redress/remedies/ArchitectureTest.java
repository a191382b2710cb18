package org.redress.remedies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.redress.testkit.architecture.ServiceArchitectureRules;

/**
 * The architecture every Redress service keeps; besides it, other features use remedy cases only
 * through their domain and use cases.
 */
@AnalyzeClasses(packages = "org.redress.remedies", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoRemedyCaseAdapters = noClasses()
            .that().resideOutsideOfPackage("org.redress.remedies.remedycases..")
            .should().dependOnClassesThat().resideInAnyPackage("org.redress.remedies.remedycases.infrastructure..",
                    "org.redress.remedies.remedycases.api..");
}
