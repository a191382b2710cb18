package org.redress.complaints;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.redress.testkit.architecture.ServiceArchitectureRules;

/**
 * The architecture every Redress service keeps, plus what only this service has: the complaint
 * aggregate's storage is reached by no other feature, flat ones included.
 */
@AnalyzeClasses(packages = "org.redress.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule onlyTheComplaintFeatureReachesItsStorage = noClasses()
            .that().resideOutsideOfPackage("org.redress.complaints.complaint..")
            .should().dependOnClassesThat().resideInAPackage("org.redress.complaints.complaint.infrastructure..")
            .because("other features (flat ones included) reach complaints through the domain's ports");
}
