package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;

/**
 * Every environment variable a service reads is set by the manifests, or listed in the README as
 * deliberately left at the service's default; nothing set is unknown to the service it is set on.
 */
class EnvironmentTest {

    /** Read by the image's entry point and the C library, not by the service's configuration. */
    static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_OPTS", "MALLOC_ARENA_MAX");
    static final String DEFAULTED_HEADING = "Left at the services' defaults";

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableWithoutADefaultIsSetAndNotBlank(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Map<String, String> env = environment(manifests, service);
            Set<String> required = variables(service, false);
            assertThat(required).as("%s %s: variables the service cannot start without", overlay, service).allSatisfy(name ->
                    assertThat(env.get(name)).as("%s %s: %s", overlay, service, name).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableWithADefaultIsSetOrDocumentedAsDefaulted(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> documented = Repository.readmeTable(DEFAULTED_HEADING).keySet();
        for (String service : Repository.services()) {
            Set<String> set = environment(manifests, service).keySet();
            Set<String> neither = new TreeSet<>(variables(service, true));
            neither.removeAll(set);
            neither.removeAll(documented);
            assertThat(neither).as("%s %s: read by the service, set by no manifest and not listed in README \"%s\"",
                    overlay, service, DEFAULTED_HEADING).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void nothingSetIsBothSetAndDocumentedAsDefaulted(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> documented = Repository.readmeTable(DEFAULTED_HEADING).keySet();
        for (String service : Repository.services()) {
            assertThat(environment(manifests, service).keySet())
                    .as("%s %s: set here, yet the README says it is left at its default", overlay, service)
                    .doesNotContainAnyElementsOf(documented);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableSetIsOneTheServiceReads(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Set<String> known = new TreeSet<>(configuration.environmentVariables().keySet());
            configuration.propertyNames().forEach(p -> known.add(ServiceConfiguration.environmentName(p)));
            known.addAll(RUNTIME_VARIABLES);
            assertThat(environment(manifests, service).keySet())
                    .as("%s %s: variables the service would ignore (a typo, or set on the wrong service)", overlay, service)
                    .isSubsetOf(known);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableComposeSetsIsSetHereToo(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> documented = Repository.readmeTable(DEFAULTED_HEADING).keySet();
        for (String service : Repository.services()) {
            Set<String> missing = new TreeSet<>(Repository.composeEnvironment(service).keySet());
            missing.removeAll(environment(manifests, service).keySet());
            missing.removeAll(documented);
            assertThat(missing).as("%s %s: set by docker-compose.yml but not here", overlay, service).isEmpty();
        }
    }

    @Test
    void everyVariableTheReadmeListsIsReadBySomeService() {
        Set<String> read = Repository.services().stream()
                .flatMap(s -> ServiceConfiguration.of(s).environmentVariables().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(Repository.readmeTable(DEFAULTED_HEADING).keySet())
                .as("README \"%s\" lists variables no service reads any more", DEFAULTED_HEADING)
                .isSubsetOf(read);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretReadIsDocumentedWithItsKeys(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Set<String>> documented = Repository.readmeTable("Secrets");
        for (String service : Repository.services()) {
            Map<String, Set<String>> read = Manifests.secretKeys(Manifests.container(manifests.deployment(service)));
            read.forEach((secret, keys) -> {
                assertThat(documented).as("%s %s: Secret %s is not in README \"Secrets\"", overlay, service, secret).containsKey(secret);
                assertThat(documented.get(secret)).as("%s: keys of Secret %s in README \"Secrets\"", overlay, secret).containsAll(keys);
            });
        }
    }

    @Test
    void theExpressionsAreReadWithTheirDefaults() {
        assertThat(ServiceConfiguration.environmentVariables("${A:${B:1h}} ${C} ${quarkus.http.port}"))
                .isEqualTo(new LinkedHashMap<>(Map.of("A", true, "B", true, "C", false)));
        assertThat(ServiceConfiguration.prodProperties("a=${X}\n%test.a=${Y}\n%prod.b=${Z}\n%dev,prod.c=1\n"))
                .containsEntry("a", "${X}").containsEntry("b", "${Z}").containsEntry("c", "1").doesNotContainValue("${Y}");
    }

    private static Map<String, String> environment(Manifests manifests, String service) {
        Container container = Manifests.container(manifests.deployment(service));
        return manifests.environment(container);
    }

    private static Set<String> variables(String service, boolean withDefault) {
        return ServiceConfiguration.of(service).environmentVariables().entrySet().stream()
                .filter(e -> e.getValue() == withDefault).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
