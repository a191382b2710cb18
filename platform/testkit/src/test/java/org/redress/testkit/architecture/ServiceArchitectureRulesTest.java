package org.redress.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each rule fails on the violation planted for it in org.redress.planted, and passes a clean package. */
class ServiceArchitectureRulesTest {

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("org.redress.planted");
    private static final JavaClasses CLEAN = new ClassFileImporter().importPackages("org.redress.planted.beta.domain");

    @Test
    void aFrameworkTypeInTheDomainIsReported() {
        assertViolation(ServiceArchitectureRules.domainImportsNoFramework, "FrameworkInDomain",
                "jakarta.enterprise.context.ApplicationScoped");
    }

    @Test
    void aDomainClassUsingAUseCaseIsReported() {
        assertViolation(ServiceArchitectureRules.domainImportsNoOtherLayer, "DomainUsingUseCase", "HttpInUseCase");
    }

    @Test
    void aUseCaseUsingHttpIsReported() {
        assertViolation(ServiceArchitectureRules.applicationImportsNoAdapterNorHttp, "HttpInUseCase",
                "jakarta.ws.rs.NotFoundException");
    }

    @Test
    void aUseCaseUsingAnAdapterIsReported() {
        assertViolation(ServiceArchitectureRules.applicationImportsNoAdapterNorHttp, "UseCaseUsingAdapter",
                "StoredRow");
    }

    @Test
    void aResourceReadingStoredRowsIsReported() {
        assertViolation(ServiceArchitectureRules.apiImportsNoInfrastructure, "ResourceReadingRows", "StoredRow");
    }

    @Test
    void aCycleBetweenFeaturesIsReported() {
        assertViolation(ServiceArchitectureRules.featuresAreFreeOfCycles, "alpha", "beta");
    }

    @Test
    void aCycleBetweenPackagesIsReported() {
        assertViolation(ServiceArchitectureRules.packagesAreFreeOfCycles, "alpha.infrastructure", "beta.api");
    }

    @Test
    void aCleanDomainKeepsEveryRule() {
        for (ArchRule rule : new ArchRule[] { ServiceArchitectureRules.domainImportsNoFramework,
                ServiceArchitectureRules.domainImportsNoOtherLayer,
                ServiceArchitectureRules.applicationImportsNoAdapterNorHttp,
                ServiceArchitectureRules.apiImportsNoInfrastructure }) {
            assertThat(rule.allowEmptyShould(true).evaluate(CLEAN).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    private static void assertViolation(ArchRule rule, String... named) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        String report = result.getFailureReport().toString();
        for (String name : named) {
            assertThat(report).contains(name);
        }
    }
}
