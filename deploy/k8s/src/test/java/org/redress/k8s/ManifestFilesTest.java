package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every YAML file under deploy/k8s is a Kubernetes resource (or patch) that the Kubernetes model
 * knows field by field, and every one is used by a kustomization: nothing is silently ignored.
 */
class ManifestFilesTest {

    @Test
    void everyDocumentIsAKnownKindWithOnlyKnownFields() throws IOException {
        List<Path> files = manifestFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<ObjectNode> documents = Kustomize.documents(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            for (ObjectNode document : documents) {
                assertThat(Manifests.typed(document)).as(file.toString()).isNotNull();
            }
        }
    }

    @Test
    void everyFileIsUsedByAKustomization() throws IOException {
        Set<Path> used = new TreeSet<>();
        for (Path kustomization : kustomizations()) {
            Path dir = kustomization.getParent();
            JsonNode k = Kustomize.readKustomization(dir);
            k.path("resources").forEach(r -> used.add(dir.resolve(r.asText()).normalize()));
            k.path("patches").forEach(p -> used.add(dir.resolve(p.get("path").asText()).normalize()));
        }
        assertThat(manifestFiles()).as("files no kustomization lists").allSatisfy(f -> assertThat(used).contains(f));
    }

    @Test
    void everyOverlayAndTheBaseRender() {
        for (String dir : List.of("base", Overlays.LOCAL, Overlays.PRODUCTION)) {
            assertThat(Manifests.render(dir).all()).as(dir).isNotEmpty();
        }
    }

    @Test
    void aFieldTheModelDoesNotHaveIsRefused() throws IOException {
        ObjectNode misplaced = (ObjectNode) new ObjectMapper().readTree("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},
                 "spec":{"template":{"spec":{"containers":[{"name":"c","readOnlyRootFilesystem":true}]}}}}""");
        assertThatThrownBy(() -> Manifests.typed(misplaced)).hasMessageContaining("containers[0].readOnlyRootFilesystem");
        ObjectNode unknownKind = (ObjectNode) new ObjectMapper().readTree("""
                {"apiVersion":"apps/v1","kind":"Deploymnet","metadata":{"name":"x"}}""");
        assertThatThrownBy(() -> Manifests.typed(unknownKind)).hasMessageContaining("not a Kubernetes kind");
    }

    static List<Path> manifestFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("base", "overlays")) {
            try (Stream<Path> walk = Files.walk(Repository.k8s().resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.getFileName().toString().startsWith("kustomization."))
                        .map(Path::normalize).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static List<Path> kustomizations() throws IOException {
        try (Stream<Path> walk = Files.walk(Repository.k8s())) {
            return walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !p.toString().contains("/target/")).toList();
        }
    }
}
