package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.local.DockerfileInstructions.Instruction;
import org.redress.local.DockerfileInstructions.Stage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the one Dockerfile every service's image is built from, without building it: its build
 * arguments, what it builds and copies, stages, user, port, health and JVM options.
 */
class DockerfileTest {

    /** Where the services' image is described; the build argument SERVICE says which service. */
    static final String DOCKERFILE = "deploy/docker/Dockerfile";
    /** Modules only tests use: built with the service (Maven resolves test dependencies), never shipped. */
    static final Set<String> TEST_ONLY_MODULES = Set.of("testkit", "kafka-broker");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern MAVEN_PROJECTS = Pattern.compile("(?:-pl|--projects)[\\s=]+(\\S+)");
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "node_modules", ".redress");

    private static Path root;
    private static DockerfileInstructions unresolved;

    @BeforeAll
    static void readDockerfile() throws IOException {
        root = RepositoryRoot.findFrom(Path.of(""));
        Path dockerfile = root.resolve(DOCKERFILE);
        assertThat(dockerfile).isRegularFile();
        unresolved = DockerfileInstructions.read(dockerfile);
    }

    static Stream<ServiceSpec> suite() {
        return ServiceSpec.SUITE.stream();
    }

    /** The build arguments that make the Dockerfile a service's image; docker-compose.yml passes these (ComposeFileTest). */
    static Map<String, String> buildArguments(ServiceSpec spec) {
        return Map.of("SERVICE", spec.name(), "HTTP_PORT", String.valueOf(spec.port()));
    }

    @Test
    void isTheOnlyDockerfileInTheRepository() throws IOException {
        List<Path> dockerfiles = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return NOT_SOURCES.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile")) {
                    dockerfiles.add(root.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(dockerfiles).as("one Dockerfile for all services, told which by SERVICE").containsExactly(Path.of(DOCKERFILE));
    }

    @Test
    void takesTheServiceAndItsPortAsBuildArguments() {
        assertThat(unresolved.globalArguments()).contains("SERVICE", "HTTP_PORT");
    }

    @Test
    void everyStageDeclaresTheBuildArgumentsItUses() {
        // a global ARG is empty inside a stage that does not declare it again
        for (Stage stage : unresolved.stages()) {
            List<String> declared = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.keyword().equals("ARG")) {
                    declared.add(DockerfileInstructions.argumentName(instruction));
                    continue;
                }
                instruction.variables().stream().filter(unresolved.globalArguments()::contains).forEach(used ->
                        assertThat(declared).as("stage %s: ARG %s before %s %s", stage.image(), used,
                                instruction.keyword(), instruction.arguments()).contains(used));
            }
        }
    }

    @Test
    void buildsOnlyTheServiceItIsGivenAndTheModulesItNeeds() {
        List<String> maven = unresolved.first().all("RUN").stream().map(Instruction::arguments)
                .filter(run -> run.contains("mvn ")).toList();
        assertThat(maven).as("one Maven run in the build stage").hasSize(1);
        String run = maven.get(0);
        List<String> projects = MAVEN_PROJECTS.matcher(run).results().map(m -> m.group(1)).toList();
        assertThat(projects).as("-pl of: %s", run).containsExactlyInAnyOrder("${SERVICE}");
        assertThat(run.split("\\s+")).contains("-am", "package", "-DskipTests");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void buildsWithMavenThenRunsOnAJre(ServiceSpec spec) {
        DockerfileInstructions dockerfile = read(spec);
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);

        Stage build = dockerfile.first();
        assertThat(build.image()).startsWith("maven:3.9").contains("eclipse-temurin-17");
        assertThat(build.name()).isNotBlank();
        assertThat(build.all("RUN")).extracting(Instruction::arguments)
                .anySatisfy(run -> assertThat(run).contains("mvn").contains("-pl " + spec.name() + " ").contains("-am").contains("package"));
        assertThat(build.all("COPY")).extracting(Instruction::arguments).contains(spec.name() + "/ " + spec.name() + "/");

        Stage runtime = dockerfile.last();
        assertThat(runtime.image()).startsWith("eclipse-temurin:17").contains("jre");
        assertThat(runtime.all("COPY")).extracting(Instruction::arguments)
                .anySatisfy(copy -> assertThat(copy).startsWith("--from=" + build.name()).contains(spec.name() + "/target/quarkus-app/lib/"))
                .anySatisfy(copy -> assertThat(copy).contains(spec.name() + "/target/quarkus-app/quarkus-run.jar"));
        assertThat(single(runtime, "ENTRYPOINT")).contains("exec java").contains("-jar").contains("quarkus-run.jar");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void shipsOnlyTheServicesQuarkusApplication(ServiceSpec spec) {
        // the test kit and the Kafka broker runtime are built in the build stage; they must go no further
        Stage runtime = read(spec).last();
        for (Instruction copy : runtime.all("COPY")) {
            List<String> sources = sources(copy.arguments());
            if (copy.arguments().startsWith("--from")) {
                assertThat(sources).as("COPY %s", copy.arguments())
                        .allSatisfy(source -> assertThat(source).startsWith("/build/" + spec.name() + "/target/quarkus-app/"));
            } else {
                assertThat(sources).as("COPY %s: only deploy/docker's scripts from the build context", copy.arguments())
                        .allSatisfy(source -> assertThat(source).startsWith("deploy/docker/"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("suite")
    void testOnlyModulesAreNeverOnTheServicesRuntimeClassPath(ServiceSpec spec) throws Exception {
        // target/quarkus-app/lib holds the runtime class path: the service and the reactor modules it
        // reaches through dependencies that are not test-scoped; none of them may pull in a test-only module
        Map<String, Element> modules = new LinkedHashMap<>();
        for (String module : parentModules()) {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(root.resolve(module).resolve("pom.xml").toFile()).getDocumentElement();
            modules.put(text(project, "artifactId"), project);
        }
        Deque<String> toVisit = new ArrayDeque<>(List.of(spec.name()));
        Set<String> visited = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            String artifactId = toVisit.pop();
            if (!visited.add(artifactId) || !modules.containsKey(artifactId)) {
                continue;
            }
            for (Element dependency : children(children(modules.get(artifactId), "dependencies"), "dependency")) {
                String dependsOn = text(dependency, "artifactId");
                if ("test".equals(text(dependency, "scope"))) {
                    continue;
                }
                assertThat(TEST_ONLY_MODULES).as("%s reaches %s outside test scope (through %s)", spec.name(), dependsOn, artifactId)
                        .doesNotContain(dependsOn);
                toVisit.push(dependsOn);
            }
        }
        assertThat(visited).as("%s's runtime reactor modules", spec.name()).contains("service-kit");
    }

    @Test
    void pinsItsBaseImages() {
        for (Stage stage : unresolved.stages()) {
            assertThat(stage.image()).as("base image").contains(":").doesNotEndWith(":latest");
        }
    }

    @Test
    void runsAsANonRootUser() {
        String user = single(unresolved.last(), "USER").split(":")[0];
        assertThat(user).isNotIn("root", "0");
    }

    @ParameterizedTest
    @MethodSource("suite")
    void exposesThePortTheServiceListensOn(ServiceSpec spec) throws IOException {
        int port = ServicePortContract.port(root, spec);
        Stage runtime = read(spec).last();
        assertThat(single(runtime, "EXPOSE").split("\\s+")).contains(String.valueOf(port));
        assertThat(runtime.environment()).containsEntry("HTTP_PORT", String.valueOf(port));
    }

    @Test
    void sizesTheJvmForTheContainerNotAsAShareOfIt() {
        // the sizing and its figures are explained beside JAVA_OPTS in the Dockerfile; compose and
        // Kubernetes set the same options (ComposeFileTest, deploy/k8s SizesTest)
        String javaOptions = unresolved.last().environment().get("JAVA_OPTS");
        assertThat(javaOptions).as("JAVA_OPTS in the runtime stage").isNotBlank()
                .containsPattern("-Xmx\\d+[mMgG]\\b").contains("-XX:+ExitOnOutOfMemoryError")
                .doesNotContain("MaxRAMPercentage");
    }

    @Test
    void hasTheReadinessHealthCheck() {
        assertThat(single(unresolved.last(), "HEALTHCHECK")).contains("CMD").contains("/opt/redress/healthcheck.sh");
        assertThat(unresolved.last().all("COPY")).extracting(Instruction::arguments)
                .contains("deploy/docker/healthcheck.sh /opt/redress/healthcheck.sh");
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
    void copiesOnlyPathsThatExist(ServiceSpec spec) {
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

    /** The Dockerfile as docker build reads it for this service. */
    private static DockerfileInstructions read(ServiceSpec spec) {
        return unresolved.withArguments(buildArguments(spec));
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

    /** The project's own dependencies, not those of its dependency management or plugins. */
    private static List<Element> children(List<Element> parents, String name) {
        return parents.stream().flatMap(parent -> children(parent, name).stream()).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    static List<String> parentModules() throws IOException {
        Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
        return modules.results().map(m -> m.group(1).strip()).toList();
    }
}
