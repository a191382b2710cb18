package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Every service runs as a non-root user on a read-only root file system, with a writable /tmp of its own. */
class SecurityContextTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsNonRootWithAReadOnlyRootFileSystem(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = overlay + " " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertThat(podContext).as(name).isNotNull();
            assertThat(podContext.getRunAsNonRoot()).as("%s: runAsNonRoot", name).isTrue();
            assertThat(podContext.getRunAsUser()).as("%s: runAsUser", name).isNotNull().isNotZero();
            assertThat(pod.getAutomountServiceAccountToken()).as("%s: no API token in a pod that never calls the API", name).isFalse();
            for (Container container : pod.getContainers()) {
                SecurityContext context = container.getSecurityContext();
                assertThat(context).as("%s: container securityContext", name).isNotNull();
                assertThat(context.getReadOnlyRootFilesystem()).as("%s: readOnlyRootFilesystem", name).isTrue();
                assertThat(context.getAllowPrivilegeEscalation()).as("%s: allowPrivilegeEscalation", name).isFalse();
                assertThat(context.getRunAsNonRoot()).as("%s: container runAsNonRoot", name).isNotEqualTo(Boolean.FALSE);
                assertThat(context.getPrivileged()).as("%s: privileged", name).isNotEqualTo(Boolean.TRUE);
                assertThat(context.getCapabilities().getDrop()).as("%s: capabilities dropped", name).contains("ALL");
                assertThat(context.getCapabilities().getAdd()).as("%s: capabilities added", name).isNullOrEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void tmpIsAWritableEmptyDir(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = overlay + " " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            VolumeMount tmp = Manifests.container(deployment).getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": nothing mounted on /tmp"));
            assertThat(tmp.getReadOnly()).as("%s: /tmp writable", name).isNotEqualTo(Boolean.TRUE);
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no volume " + tmp.getName()));
            assertThat(volume.getEmptyDir()).as("%s: /tmp is an emptyDir", name).isNotNull();
            assertThat(volume.getEmptyDir().getSizeLimit()).as("%s: /tmp has a size limit", name).isNotNull();
        }
    }
}
