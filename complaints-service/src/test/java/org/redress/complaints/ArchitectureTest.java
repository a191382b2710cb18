package org.redress.complaints;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import org.redress.testkit.architecture.ServiceArchitectureRules;

/**
 * The architecture every Redress service keeps, plus what only this service has: the complaint
 * aggregate's storage is reached by no other feature, flat ones included, and the steps of the
 * procedure meet only through the complaint aggregate, never through each other.
 */
@AnalyzeClasses(packages = "org.redress.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.redress.complaints.";
    private static final List<String> STEPS = List.of("intake", "stageone", "stagetwo", "stagethree", "holds",
            "closure", "ombudsman");

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule onlyTheComplaintFeatureReachesItsStorage = noClasses()
            .that().resideOutsideOfPackage("org.redress.complaints.complaint..")
            .should().dependOnClassesThat().resideInAPackage("org.redress.complaints.complaint.infrastructure..")
            .because("other features (flat ones included) reach complaints through the domain's ports");

    @ArchTest
    static final ArchRule stepsOfTheProcedureMeetOnlyThroughTheComplaint = CompositeArchRule.of(STEPS.stream()
            .map(step -> (ArchRule) noClasses().that().resideInAPackage(ROOT + step + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(STEPS.stream().filter(other -> !other.equals(step))
                            .map(other -> ROOT + other + "..").toArray(String[]::new)))
            .toList())
            .because("a step's rules live in the complaint aggregate; a step's endpoint or use case is its own");
}
