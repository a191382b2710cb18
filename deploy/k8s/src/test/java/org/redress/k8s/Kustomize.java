package org.redress.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the features Redress's
 * overlays use and no others: {@code resources} (files and directories), {@code namespace},
 * {@code images} and strategic-merge {@code patches} (by kind and name, or with a {@code target} of
 * kind and optional name). A kustomization that uses anything else is refused rather than half
 * rendered, so the tests never check something other than what a cluster would receive.
 *
 * <p>Strategic merge follows the Kubernetes schema's merge keys for the lists these manifests
 * patch (containers, volumes, env, volume mounts, container and Service ports); every other list
 * is replaced whole, as the schema says for e.g. a NetworkPolicy's rules, and a null deletes.
 */
final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");
    private static final Set<String> SUPPORTED_PATCH_FIELDS = Set.of("path", "target");
    private static final Set<String> SUPPORTED_TARGET_FIELDS = Set.of("kind", "name");
    private static final Set<String> SUPPORTED_IMAGE_FIELDS = Set.of("name", "newName", "newTag");
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "volumes", "name", "env", "name",
            "imagePullSecrets", "name", "volumeMounts", "mountPath");

    private Kustomize() {
    }

    /** The resources {@code kubectl apply -k dir} would send, in order. */
    static List<ObjectNode> build(Path dir) {
        JsonNode kustomization = readKustomization(dir);
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                resources.addAll(documents(path));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(resources, dir, patch);
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(r -> setImage(r, image));
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    static JsonNode readKustomization(Path dir) {
        JsonNode kustomization = documents(dir.resolve("kustomization.yaml")).get(0);
        requireOnly(kustomization, SUPPORTED_FIELDS, dir + "/kustomization.yaml");
        kustomization.path("patches").forEach(p -> {
            requireOnly(p, SUPPORTED_PATCH_FIELDS, dir + " patches");
            requireOnly(p.path("target"), SUPPORTED_TARGET_FIELDS, dir + " patch target");
        });
        kustomization.path("images").forEach(i -> requireOnly(i, SUPPORTED_IMAGE_FIELDS, dir + " images"));
        return kustomization;
    }

    /** The YAML documents of one file, each an object. */
    static List<ObjectNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    if (!document.isObject()) {
                        throw new IllegalArgumentException(file + ": a document that is not a mapping");
                    }
                    documents.add((ObjectNode) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static void applyPatch(List<ObjectNode> resources, Path dir, JsonNode patchEntry) {
        Path file = dir.resolve(patchEntry.get("path").asText()).normalize();
        List<ObjectNode> patches = documents(file);
        if (patches.size() != 1) {
            throw new IllegalArgumentException(file + ": a patch file holds exactly one document");
        }
        ObjectNode patch = patches.get(0);
        String kind;
        String name;
        JsonNode target = patchEntry.get("target");
        if (target != null) {
            kind = target.path("kind").asText(null);
            name = target.path("name").asText(null);
        } else {
            kind = patch.path("kind").asText(null);
            name = patch.path("metadata").path("name").asText(null);
        }
        ObjectNode body = patch.deepCopy();
        body.remove(List.of("apiVersion", "kind"));
        if (target != null) {
            // with a target, the patch's own name is only a placeholder
            ((ObjectNode) body.path("metadata")).remove("name");
        }
        int matched = 0;
        for (ObjectNode resource : resources) {
            boolean kindMatches = kind == null || kind.equals(resource.path("kind").asText());
            boolean nameMatches = name == null || name.equals(resource.path("metadata").path("name").asText());
            if (kindMatches && nameMatches) {
                merge(resource, body, resource.path("kind").asText());
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(file + ": the patch matches no resource (" + kind + " " + name + ")");
        }
    }

    /** Strategic merge of {@code patch} into {@code target}. */
    static void merge(ObjectNode target, JsonNode patch, String kind) {
        patch.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + key + " is not supported here");
            }
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (existing != null && existing.isObject() && value.isObject()) {
                merge((ObjectNode) existing, value, kind);
            } else if (existing != null && existing.isArray() && value.isArray() && mergeKey(key, kind, value) != null) {
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(key, kind, value), kind);
            } else {
                target.set(key, value.deepCopy());
            }
        });
    }

    private static String mergeKey(String field, String kind, JsonNode elements) {
        if (field.equals("ports")) {
            JsonNode first = elements.path(0);
            if (first.has("containerPort")) {
                return "containerPort";
            }
            return kind.equals("Service") ? "port" : null;
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode existing, ArrayNode patch, String mergeKey, String kind) {
        for (JsonNode element : patch) {
            JsonNode key = element.get(mergeKey);
            ObjectNode match = null;
            for (JsonNode candidate : existing) {
                if (key != null && key.equals(candidate.get(mergeKey))) {
                    match = (ObjectNode) candidate;
                }
            }
            if (match != null) {
                merge(match, element, kind);
            } else {
                existing.add(element.deepCopy());
            }
        }
    }

    private static void setImage(ObjectNode resource, JsonNode image) {
        JsonNode podSpec = resource.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(list)) {
                ImageReference reference = ImageReference.parse(container.path("image").asText());
                if (reference.name().equals(image.path("name").asText())) {
                    String name = image.path("newName").asText(reference.name());
                    String tag = image.path("newTag").asText(reference.tag());
                    ((ObjectNode) container).put("image", tag == null ? name : name + ":" + tag);
                }
            }
        }
    }

    private static void requireOnly(JsonNode node, Set<String> supported, String where) {
        node.fieldNames().forEachRemaining(f -> {
            if (!supported.contains(f)) {
                throw new IllegalArgumentException(where + ": `" + f + "` is not a feature these manifests' renderer "
                        + "reproduces (supported: " + supported + "); add it to Kustomize or keep the overlay simpler");
            }
        });
    }

    /** An image reference split into repository name and tag (a digest is kept with the name). */
    record ImageReference(String name, String tag) {

        static ImageReference parse(String image) {
            int slash = image.lastIndexOf('/');
            int colon = image.lastIndexOf(':');
            if (colon > slash && !image.contains("@")) {
                return new ImageReference(image.substring(0, colon), image.substring(colon + 1));
            }
            return new ImageReference(image, null);
        }

        /** The name without a registry host: the first segment is a host when it has a dot or a port, or is localhost. */
        String path() {
            int slash = name.indexOf('/');
            if (slash > 0) {
                String first = name.substring(0, slash);
                if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                    return name.substring(slash + 1);
                }
            }
            return name;
        }
    }
}
