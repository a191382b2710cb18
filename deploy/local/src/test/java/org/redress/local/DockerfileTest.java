package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.local.DockerfileInstructions.Instruction;
import org.redress.local.DockerfileInstructions.Stage;

/** Checks each service's Dockerfile without building it: stages, user, port, health, and what it copies. */
class DockerfileTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static Path root;

    @BeforeAll
    static void findRoot() {
        root = RepositoryRoot.findFrom(Path.of(""));
    }

    static Stream<ServiceSpec> suite() {
        return ServiceSpec.SUITE.stream();
    }

    @ParameterizedTest
    @MethodSource("suite")
    void buildsWithMavenThenRunsOnAJre(ServiceSpec spec) throws IOException {
        DockerfileInstructions dockerfile = read(spec);
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);

        Stage build = dockerfile.first();
        assertThat(build.image()).startsWith("maven:3.9").contains("eclipse-temurin-17");
        assertThat(build.name()).isNotBlank();
        assertThat(build.all("RUN")).extracting(Instruction::arguments)
                .anySatisfy(run -> assertThat(run).contains("mvn").contains("-pl " + spec.name()).contains("-am").contains("package"));

        Stage runtime = dockerfile.last();
        assertThat(runtime.image()).startsWith("eclipse-temurin:17").contains("jre");
        assertThat(runtime.all("COPY")).extracting(Instruction::arguments)
                .anySatisfy(copy -> assertThat(copy).startsWith("--from=" + build.name()).contains("target/quarkus-app/lib/"))
                .anySatisfy(copy -> assertThat(copy).contains("target/quarkus-app/quarkus-run.jar"));
        assertThat(single(runtime, "ENTRYPOINT")).contains("java").contains("-jar").contains("quarkus-run.jar");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void pinsItsBaseImages(ServiceSpec spec) throws IOException {
        for (Stage stage : read(spec).stages()) {
            assertThat(stage.image()).as("base image of %s", spec.name()).contains(":").doesNotEndWith(":latest");
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void runsAsANonRootUser(ServiceSpec spec) throws IOException {
        String user = single(read(spec).last(), "USER").split(":")[0];
        assertThat(user).isNotIn("root", "0");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void exposesThePortTheServiceListensOn(ServiceSpec spec) throws IOException {
        int port = ServicePortContract.port(root, spec);
        Stage runtime = read(spec).last();
        assertThat(single(runtime, "EXPOSE").split("\\s+")).contains(String.valueOf(port));
        assertThat(runtime.all("ENV")).extracting(Instruction::arguments)
                .anySatisfy(env -> assertThat(env).contains("HTTP_PORT=" + port));
    }

    @ParameterizedTest
    @MethodSource("suite")
    void sizesTheHeapFromTheContainerLimit(ServiceSpec spec) throws IOException {
        assertThat(read(spec).last().all("ENV")).extracting(Instruction::arguments)
                .anySatisfy(env -> assertThat(env).contains("JAVA_OPTS=").contains("-XX:MaxRAMPercentage"));
    }

    @ParameterizedTest
    @MethodSource("suite")
    void hasAHealthCheckOfItsOwnOrInCompose(ServiceSpec spec) throws IOException {
        List<Instruction> healthchecks = read(spec).last().all("HEALTHCHECK");
        if (healthchecks.isEmpty()) {
            assertThat(Files.readString(root.resolve("docker-compose.yml"))).contains("healthcheck");
        } else {
            assertThat(healthchecks.get(0).arguments()).contains("CMD");
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void copiesEveryModulePomTheReactorNeeds(ServiceSpec spec) throws IOException {
        // Maven refuses a reactor with a module whose pom is missing, even when -pl leaves it out
        List<String> sources = read(spec).first().all("COPY").stream()
                .flatMap(copy -> sources(copy.arguments()).stream()).toList();
        for (String module : parentModules()) {
            assertThat(sources).as("%s copies %s/pom.xml (or a folder holding it)", spec.name(), module)
                    .anySatisfy(source -> assertThat(covers(source, module + "/pom.xml")).isTrue());
        }
        assertThat(sources).contains("pom.xml");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void copiesOnlyPathsThatExist(ServiceSpec spec) throws IOException {
        for (Stage stage : read(spec).stages()) {
            stage.all("COPY").stream().filter(copy -> !copy.arguments().startsWith("--from"))
                    .flatMap(copy -> sources(copy.arguments()).stream())
                    .forEach(source -> assertThat(root.resolve(source)).as("COPY source %s", source).exists());
        }
    }

    @Test
    void keepsBuildOutputAndLocalStateOutOfTheBuildContext() throws IOException {
        List<String> ignored = Files.readAllLines(root.resolve(".dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).contains("**/target", ".redress", ".git");
    }

    private static DockerfileInstructions read(ServiceSpec spec) throws IOException {
        Path dockerfile = root.resolve(spec.name()).resolve("Dockerfile");
        assertThat(dockerfile).isRegularFile();
        return DockerfileInstructions.read(dockerfile);
    }

    private static String single(Stage stage, String keyword) {
        List<Instruction> found = stage.all(keyword);
        assertThat(found).as("%s in the runtime stage", keyword).hasSize(1);
        return found.get(0).arguments();
    }

    /** The source paths of a COPY in shell form: everything but options and the destination. */
    private static List<String> sources(String arguments) {
        List<String> words = Arrays.stream(arguments.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
        return words.subList(0, words.size() - 1);
    }

    private static boolean covers(String source, String path) {
        String normalized = source.endsWith("/") ? source : source + (source.endsWith(".xml") ? "" : "/");
        return normalized.equals(path) || (normalized.endsWith("/") && path.startsWith(normalized));
    }

    private static List<String> parentModules() throws IOException {
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        return modules.results().map(m -> m.group(1).strip()).toList();
    }
}
