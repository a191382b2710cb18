package org.redress.k8s;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** A rendered kustomization as typed Kubernetes objects (fabric8's model), with look-ups the tests share. */
final class Manifests {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String name;
    private final List<HasMetadata> resources;

    private Manifests(String name, List<HasMetadata> resources) {
        this.name = name;
        this.resources = List.copyOf(resources);
    }

    /** Renders {@code deploy/k8s/<relative>} (a kustomization directory) and parses every resource. */
    static Manifests render(String relative) {
        Path dir = Repository.k8s().resolve(relative);
        List<HasMetadata> typed = Kustomize.build(dir).stream().map(Manifests::typed).toList();
        return new Manifests(relative, typed);
    }

    /** One document as its typed model class; refuses kinds the model does not know and fields it does not have. */
    static HasMetadata typed(ObjectNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        if (SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind) == null) {
            throw new IllegalArgumentException("not a Kubernetes kind the model knows: " + apiVersion + " " + kind);
        }
        Object parsed = SERIALIZATION.unmarshal(document.toString());
        if (!(parsed instanceof HasMetadata resource) || parsed instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException("not a typed Kubernetes resource: " + apiVersion + " " + kind);
        }
        List<String> unknown = unknownFields(resource);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(kind + " " + resource.getMetadata().getName()
                    + ": fields the Kubernetes model does not have (a typo, or the wrong level): " + unknown);
        }
        return resource;
    }

    /**
     * The model keeps a field it does not know in an "additional properties" map instead of failing;
     * this walks the object and lists every such field, by path.
     */
    static List<String> unknownFields(Object root) {
        List<String> unknown = new ArrayList<>();
        walk(root, "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                walk(element, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> unknown.add(path + "." + k));
            } else if (!getter.getName().equals("getAdditionalProperties")) {
                walk(value, path + "." + decapitalize(getter.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    String name() {
        return name;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String resourceName) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(resourceName)).findFirst();
    }

    Deployment deployment(String service) {
        return find(Deployment.class, service)
                .orElseThrow(() -> new AssertionError(name + ": no Deployment " + service));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + ": expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    Optional<Service> service(String service) {
        return find(Service.class, service);
    }

    Optional<HorizontalPodAutoscaler> autoscaler(String service) {
        return all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                        && h.getSpec().getScaleTargetRef().getName().equals(service))
                .findFirst();
    }

    List<PodDisruptionBudget> disruptionBudgetsSelecting(Map<String, String> podLabels) {
        return all(PodDisruptionBudget.class).stream().filter(p -> selects(p.getSpec().getSelector(), podLabels)).toList();
    }

    List<NetworkPolicy> networkPoliciesSelecting(Map<String, String> podLabels) {
        return all(NetworkPolicy.class).stream().filter(p -> selects(p.getSpec().getPodSelector(), podLabels)).toList();
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("match expressions are not used by these manifests");
        }
        Map<String, String> match = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /**
     * The environment the container starts with: env entries, and every key of the ConfigMaps it
     * takes whole (envFrom). A value from a Secret is shown as {@code secret:<name>/<key>}; a
     * ConfigMap or key that the rendering lacks fails the look-up.
     */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null || from.getPrefix() != null) {
                throw new AssertionError("only envFrom of whole ConfigMaps without a prefix is used: " + from);
            }
            String configMapName = from.getConfigMapRef().getName();
            ConfigMap configMap = find(ConfigMap.class, configMapName)
                    .orElseThrow(() -> new AssertionError(name + ": envFrom names a ConfigMap that is not in the manifests: " + configMapName));
            env.putAll(configMap.getData());
        }
        for (EnvVar var : container.getEnv()) {
            env.put(var.getName(), value(var));
        }
        return env;
    }

    private String value(EnvVar var) {
        if (var.getValueFrom() == null) {
            return var.getValue();
        }
        var secret = var.getValueFrom().getSecretKeyRef();
        if (secret != null) {
            return "secret:" + secret.getName() + "/" + secret.getKey();
        }
        var configMapKey = var.getValueFrom().getConfigMapKeyRef();
        if (configMapKey != null) {
            ConfigMap configMap = find(ConfigMap.class, configMapKey.getName())
                    .orElseThrow(() -> new AssertionError(name + ": " + var.getName() + " names a ConfigMap that is not in the manifests"));
            String value = configMap.getData().get(configMapKey.getKey());
            if (value == null) {
                throw new AssertionError(name + ": " + var.getName() + " names a key its ConfigMap lacks");
            }
            return value;
        }
        throw new AssertionError(name + ": " + var.getName() + " takes its value from something other than a ConfigMap or Secret");
    }

    /** Secrets the container reads, with the keys it reads from each. */
    static Map<String, Set<String>> secretKeys(Container container) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                keys.computeIfAbsent(ref.getName(), k -> new java.util.TreeSet<>()).add(ref.getKey());
            }
        }
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getSecretRef() != null) {
                throw new AssertionError("a whole Secret as environment hides which keys a service needs; name each key");
            }
        }
        return keys;
    }
}
