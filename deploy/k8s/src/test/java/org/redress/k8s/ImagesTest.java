package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The manifests run the images docker-compose.yml builds from deploy/docker/Dockerfile, as the user and on the port
 * that Dockerfile declares with each service's build arguments.
 */
class ImagesTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imageNamesAndTagsAreTheOnesComposeBuilds(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Kustomize.ImageReference built = Kustomize.ImageReference.parse(
                    String.valueOf(Repository.composeService(service).get("image")));
            Kustomize.ImageReference deployed = Kustomize.ImageReference.parse(
                    Manifests.container(manifests.deployment(service)).getImage());
            // a registry host in front is the operator's choice; the rest is what the build names
            assertThat(deployed.path()).as("%s %s: image", overlay, service).isEqualTo(built.path());
            assertThat(deployed.tag()).as("%s %s: image tag", overlay, service).isEqualTo(built.tag());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsTheDockerfilesUserAndListenOnItsExposedPort(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Repository.Dockerfile dockerfile = Repository.dockerfile(service);
            Deployment deployment = manifests.deployment(service);
            Container container = Manifests.container(deployment);
            assertThat(dockerfile.user()).as("%s: USER", dockerfile.path()).matches("\\d+(:\\d+)?");
            String uid = dockerfile.user().split(":")[0];
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                    .as("%s %s: runAsUser", overlay, service).isEqualTo(Long.valueOf(uid));
            assertThat(dockerfile.exposedPorts()).as("%s: EXPOSE", dockerfile.path())
                    .contains(String.valueOf(container.getPorts().get(0).getContainerPort()));
        }
    }
}
