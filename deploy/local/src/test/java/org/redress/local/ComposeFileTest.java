package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.contracts.Topics;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml true to the services without a Docker engine: what it starts, how the
 * services are wired to PostgreSQL and Kafka, and that their ports match what each service listens on.
 */
class ComposeFileTest {

    private static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?");
    private static final Pattern PORT_MAPPING = Pattern.compile("(?:[\\d.]+:)?(\\d+):(\\d+)(?:/tcp)?");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void loadCompose() throws IOException {
        root = RepositoryRoot.findFrom(Path.of(""));
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader); // resolves the anchors and << merge keys as Compose does
        }
        services = map(compose.get("services"), "services");
    }

    static Stream<ServiceSpec> suite() {
        return ServiceSpec.SUITE.stream();
    }

    @Test
    void startsTheThreeServicesWithPostgresAndKafka() {
        assertThat(services).containsKeys("postgres", "kafka", "complaints-service", "assessment-service", "remedy-service");
    }

    @Test
    void staysValidForComposeV1() {
        // Debian's docker-compose 1.29 rejects these newer top-level keys; it is the only offline validator here
        assertThat(compose).doesNotContainKeys("name", "include");
    }

    @Test
    void pinsEveryImage() {
        services.forEach((name, definition) -> {
            Object image = map(definition, name).get("image");
            if (image != null) {
                String reference = image.toString();
                String tag = reference.substring(reference.lastIndexOf('/') + 1).contains(":")
                        ? reference.substring(reference.lastIndexOf(':') + 1) : "";
                assertThat(tag).as("tag of %s's image %s", name, reference).isNotBlank().isNotEqualTo("latest");
            }
        });
    }

    @Nested
    class Postgres {

        @Test
        void createsExactlyTheThreeDatabasesWithItsInitScript() throws IOException {
            Map<String, Object> postgres = service("postgres");
            String initVolume = strings(postgres.get("volumes")).stream()
                    .filter(v -> v.contains("/docker-entrypoint-initdb.d")).findFirst()
                    .orElseThrow(() -> new AssertionError("postgres mounts no script into /docker-entrypoint-initdb.d"));
            Path script = root.resolve(initVolume.split(":")[0]).normalize();
            assertThat(script).isRegularFile();

            List<String> created = CREATE_DATABASE.matcher(Files.readString(script)).results().map(m -> m.group(1)).toList();
            assertThat(created).containsExactlyInAnyOrderElementsOf(ServiceSpec.databases());
        }

        @Test
        void isHealthyWhenPgIsReadySaysSo() {
            assertThat(healthcheck("postgres")).contains("pg_isready");
        }
    }

    @Nested
    class Kafka {

        @Test
        void runsAsASingleKraftNodeWithReplicationFactorOne() {
            Map<String, String> env = environment("kafka");
            assertThat(env.get("KAFKA_PROCESS_ROLES")).contains("broker").contains("controller");
            assertThat(env).containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
            assertThat(healthcheck("kafka")).containsAnyOf("kafka-broker-api-versions.sh", "kafka-topics.sh");
        }

        @Test
        void hasEveryTopicCreatedWhenAutoCreationIsOff() {
            if (!"false".equals(environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
                return; // topics appear on first use
            }
            String commands = services.values().stream().map(s -> String.valueOf(((Map<?, ?>) s).get("command")))
                    .collect(Collectors.joining("\n"));
            assertThat(commands).contains(Topics.ALL);
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void waitsForHealthyPostgresAndKafka(ServiceSpec spec) {
        Map<String, Object> dependsOn = map(service(spec.name()).get("depends_on"), spec.name() + ".depends_on");
        for (String infrastructure : INFRASTRUCTURE) {
            assertThat(map(dependsOn.get(infrastructure), spec.name() + " depends_on " + infrastructure))
                    .as("%s waits for %s", spec.name(), infrastructure)
                    .containsEntry("condition", "service_healthy");
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void publishesThePortTheServiceListensOn(ServiceSpec spec) throws IOException {
        int listensOn = ServicePortContract.port(root, spec);
        assertThat(listensOn).as("%s's default port, per the contract", spec.name()).isEqualTo(spec.port());
        assertThat(environment(spec.name())).containsEntry("HTTP_PORT", String.valueOf(listensOn));

        List<String> mappings = strings(service(spec.name()).get("ports"));
        assertThat(mappings).hasSize(1);
        Matcher mapping = PORT_MAPPING.matcher(mappings.get(0));
        assertThat(mapping.matches()).as("port mapping %s", mappings.get(0)).isTrue();
        assertThat(Integer.parseInt(mapping.group(2))).as("container port").isEqualTo(listensOn);
        assertThat(Integer.parseInt(mapping.group(1))).as("host port").isEqualTo(listensOn);
    }

    @ParameterizedTest
    @MethodSource("suite")
    void setsTheContractsEnvironment(ServiceSpec spec) {
        Map<String, String> env = environment(spec.name());
        assertThat(env).containsKeys(ServicePortContract.ENVIRONMENT.toArray(String[]::new));
        assertThat(env.get("DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + spec.database());
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(env.get("DB_PASSWORD")).isEqualTo(environment("postgres").get("POSTGRES_PASSWORD"));
    }

    @ParameterizedTest
    @MethodSource("suite")
    void readsTheEnvironmentInItsApplicationProperties(ServiceSpec spec) throws IOException {
        // until the service has an application.properties, the contract in ServicePortContract stands alone
        Properties properties = ServicePortContract.properties(root, spec).orElse(null);
        if (properties != null) {
            String values = properties.values().stream().map(Object::toString).collect(Collectors.joining("\n"));
            for (String variable : ServicePortContract.ENVIRONMENT) {
                assertThat(values).as("%s's application.properties reads %s", spec.name(), variable).contains("${" + variable);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void isHealthyWhenReady(ServiceSpec spec) throws IOException {
        String check = healthcheck(spec.name());
        if (!check.contains("/q/health/ready")) {
            // a script baked into the image: it must be the one in deploy/docker, and ask for readiness
            assertThat(check).contains("/opt/redress/healthcheck.sh");
            assertThat(Files.readString(root.resolve("deploy/docker/healthcheck.sh"))).contains("/q/health/ready");
            assertThat(Files.readString(root.resolve(DockerfileTest.DOCKERFILE)))
                    .contains("COPY deploy/docker/healthcheck.sh /opt/redress/healthcheck.sh");
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void buildsFromTheOneDockerfileWithTheServiceAsBuildArgument(ServiceSpec spec) {
        Map<String, Object> build = map(service(spec.name()).get("build"), spec.name() + ".build");
        Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
        assertThat(context).as("build context: the parent pom and platform/ are needed").isEqualTo(root);
        assertThat(context.resolve(String.valueOf(build.get("dockerfile")))).isRegularFile()
                .isEqualTo(root.resolve(DockerfileTest.DOCKERFILE));
        Map<String, String> arguments = new LinkedHashMap<>();
        map(build.get("args"), spec.name() + ".build.args").forEach((k, v) -> arguments.put(k, String.valueOf(v)));
        assertThat(arguments).as("%s's build arguments", spec.name()).isEqualTo(DockerfileTest.buildArguments(spec));
    }

    @ParameterizedTest
    @MethodSource("suite")
    void runsTheJvmWithTheImagesOptions(ServiceSpec spec) throws IOException {
        // one set of JVM options: the image's default, written out here and in Kubernetes (deploy/k8s SizesTest)
        Map<String, String> image = DockerfileInstructions.read(root.resolve(DockerfileTest.DOCKERFILE)).last().environment();
        Map<String, String> env = environment(spec.name());
        for (String variable : List.of("JAVA_OPTS", "MALLOC_ARENA_MAX")) {
            assertThat(words(env.get(variable))).as("%s: %s in docker-compose.yml and the Dockerfile", spec.name(), variable)
                    .isEqualTo(words(image.get(variable)));
        }
    }

    private static List<String> words(String options) {
        assertThat(options).isNotBlank();
        return List.of(options.strip().split("\\s+"));
    }

    static Map<String, Object> service(String name) {
        return map(services.get(name), name);
    }

    static String healthcheck(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
        Object test = healthcheck.get("test");
        assertThat(test).as("%s healthcheck test", name).isNotNull();
        return test instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : test.toString();
    }

    /** Compose accepts a map or a list of NAME=value. */
    static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        // ${VAR:-default} as Compose would resolve it with VAR unset
        values.replaceAll((k, v) -> v.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1"));
        return values;
    }

    static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
