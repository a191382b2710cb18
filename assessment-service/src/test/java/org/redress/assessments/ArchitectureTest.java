package org.redress.assessments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.redress.testkit.architecture.ServiceArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture every Redress service keeps, and this service's own: referrals are upstream of
 * assessments.
 */
@AnalyzeClasses(packages = "org.redress.assessments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitectureRules.class);

    /** The features that work on assessments, all downstream of referrals. */
    private static final String[] ASSESSMENT_FEATURES = { "org.redress.assessments.assessment..",
            "org.redress.assessments.reassessments..", "org.redress.assessments.unmetneeds..",
            "org.redress.assessments.cinplan..", "org.redress.assessments.ehcplan..",
            "org.redress.assessments.provision.." };

    @ArchTest
    static final ArchRule referralsDoNotDependOnAssessments = noClasses()
            .that().resideInAPackage("org.redress.assessments.referrals..")
            .should().dependOnClassesThat().resideInAnyPackage(ASSESSMENT_FEATURES);

    // Assessments are downstream of referrals: the assessment feature may implement the referral
    // domain's AssessmentStarter port (an s17 decision opens an assessment), but never reaches into
    // how referrals are stored, decided or served.
    @ArchTest
    static final ArchRule assessmentsUseOnlyTheReferralDomain = noClasses()
            .that().resideInAnyPackage(ASSESSMENT_FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage("org.redress.assessments.referrals.application..",
                    "org.redress.assessments.referrals.infrastructure..", "org.redress.assessments.referrals.api..");
}
