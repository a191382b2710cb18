package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The renderer does what kustomize does for the features the overlays use, and refuses the rest. */
class KustomizeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void mergesContainersEnvAndVolumesByKeyAndReplacesOtherLists() throws IOException {
        ObjectNode deployment = json("""
                {"kind":"Deployment","spec":{"replicas":2,"template":{"spec":{
                  "containers":[{"name":"service","image":"a:1","env":[{"name":"A","value":"1"}],
                                 "ports":[{"containerPort":8081,"name":"http"}],"args":["x","y"]}],
                  "volumes":[{"name":"tmp","emptyDir":{}}]}}}}""");
        Kustomize.merge(deployment, json("""
                {"spec":{"replicas":1,"template":{"spec":{
                  "containers":[{"name":"service","env":[{"name":"B","value":"2"}],"args":["z"],
                                 "ports":[{"containerPort":8081,"protocol":"TCP"}]}],
                  "volumes":[{"name":"key","configMap":{"name":"k"}}]}}}}"""), "Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(deployment.at("/spec/template/spec/containers")).hasSize(1);
        assertThat(container.get("image").asText()).isEqualTo("a:1");
        assertThat(container.get("env")).hasSize(2);
        assertThat(container.get("args")).hasSize(1);
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/protocol").asText()).isEqualTo("TCP");
        assertThat(deployment.at("/spec/template/spec/volumes")).hasSize(2);
    }

    @Test
    void replacesANetworkPolicysRulesWholeAndDeletesOnNull() throws IOException {
        ObjectNode policy = json("""
                {"kind":"NetworkPolicy","spec":{"egress":[{"ports":[{"port":5432}]},{"ports":[{"port":9092}]}],"ingress":[{}]}}""");
        Kustomize.merge(policy, json("""
                {"spec":{"egress":[{"ports":[{"port":443}]}],"ingress":null}}"""), "NetworkPolicy");
        assertThat(policy.at("/spec/egress")).hasSize(1);
        assertThat(policy.at("/spec").has("ingress")).isFalse();
    }

    @Test
    void rendersResourcesPatchesImagesAndNamespace() throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("kustomization.yaml"), "resources: [app.yaml]\n");
        Files.writeString(base.resolve("app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: one}
                spec: {replicas: 2, template: {spec: {containers: [{name: service, image: "redress/one:1.0"}]}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: two}
                spec: {replicas: 2, template: {spec: {containers: [{name: service, image: "redress/two:1.0"}]}}}
                """);
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                namespace: ns
                resources: [../base]
                images: [{name: redress/one, newName: registry.example.org/redress/one, newTag: "2.0"}]
                patches:
                  - path: all.yaml
                    target: {kind: Deployment}
                  - path: two.yaml
                """);
        Files.writeString(overlay.resolve("all.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: any}\nspec: {replicas: 1}\n");
        Files.writeString(overlay.resolve("two.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: two}\nspec: {replicas: 3}\n");

        var rendered = Kustomize.build(overlay);

        assertThat(rendered).extracting(r -> r.at("/metadata/name").asText()).containsExactly("one", "two");
        assertThat(rendered).extracting(r -> r.at("/metadata/namespace").asText()).containsOnly("ns");
        assertThat(rendered).extracting(r -> r.at("/spec/replicas").asInt()).containsExactly(1, 3);
        assertThat(rendered).extracting(r -> r.at("/spec/template/spec/containers/0/image").asText())
                .containsExactly("registry.example.org/redress/one:2.0", "redress/two:1.0");
    }

    @Test
    void refusesFeaturesItDoesNotReproduce() throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nnamePrefix: prod-\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("namePrefix");
    }

    @Test
    void refusesAPatchThatMatchesNothing() throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\npatches: [{path: p.yaml}]\n");
        Files.writeString(dir.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: gone}\ndata: {A: b}\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("matches no resource");
    }

    @Test
    void splitsImageReferences() {
        assertThat(Kustomize.ImageReference.parse("localhost:5000/redress/one:1.0"))
                .isEqualTo(new Kustomize.ImageReference("localhost:5000/redress/one", "1.0"));
        assertThat(Kustomize.ImageReference.parse("localhost:5000/redress/one").path()).isEqualTo("redress/one");
        assertThat(Kustomize.ImageReference.parse("registry.example.org/redress/one:1").path()).isEqualTo("redress/one");
        assertThat(Kustomize.ImageReference.parse("redress/one:1").path()).isEqualTo("redress/one");
    }

    private static ObjectNode json(String text) throws IOException {
        return (ObjectNode) JSON.readTree(text);
    }
}
