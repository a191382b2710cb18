package org.redress.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * Memory requests and limits against the footprints measured with the options these manifests
 * use (-Xmx256m -XX:+UseSerialGC), and the JVM's own caps against the limit.
 */
class SizesTest {

    private static final long MIB = 1024 * 1024;
    /** Resident memory per service after start: 252-261 MB, measured with C1 only (README.md, "Performance"). */
    static final long MEASURED_AFTER_START_MIB = 261;
    /**
     * Resident memory after `./redress bench` saturated the suite, full JIT as here: complaints 439, assessments 321,
     * remedies 395 MB (deploy/local/README.md, "JVM options, measured"); the largest is taken for all.
     */
    static final long MEASURED_AFTER_LOAD_MIB = 439;
    /** Headroom over the largest measured footprint: the load was one machine's, and footprints grow with features. */
    static final double LIMIT_HEADROOM = 1.25;
    /** Thread stacks actually touched, GC structures, symbol tables and malloc: what no -XX cap bounds. */
    static final long UNCAPPED_NATIVE_MIB = 128;
    static final List<String> CAPPED_REGIONS = List.of("Xmx", "MaxMetaspaceSize", "ReservedCodeCacheSize", "MaxDirectMemorySize");
    /** Read by the image's entry point and the C library: what sizes the JVM's memory. */
    static final List<String> JVM_VARIABLES = List.of("JAVA_OPTS", "MALLOC_ARENA_MAX");
    private static final Pattern COMPOSE_SIZE = Pattern.compile("(\\d+)([bBkKmMgG]?)");
    private static final Pattern SIZE_OPTION = Pattern.compile("-(?:XX:)?(Xmx|MaxMetaspaceSize|ReservedCodeCacheSize|MaxDirectMemorySize)=?(\\d+)([kKmMgG]?)");

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void memoryLimitExceedsTheMeasuredFootprintWithHeadroom(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Container container = Manifests.container(manifests.deployment(service));
            assertThat(mib(container.getResources().getLimits().get("memory")))
                    .as("%s %s: memory limit (MiB)", overlay, service)
                    .isGreaterThanOrEqualTo((long) Math.ceil(MEASURED_AFTER_LOAD_MIB * LIMIT_HEADROOM));
            assertThat(mib(container.getResources().getRequests().get("memory")))
                    .as("%s %s: memory request (MiB) covers the footprint after start", overlay, service)
                    .isGreaterThanOrEqualTo(MEASURED_AFTER_START_MIB);
            assertThat(container.getResources().getRequests()).as("%s %s: requests", overlay, service).containsKey("cpu");
            assertThat(container.getResources().getLimits()).as("%s %s: limits", overlay, service).containsKey("cpu");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void heapAndNonHeapFitUnderTheLimit(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Container container = Manifests.container(manifests.deployment(service));
            String javaOptions = manifests.environment(container).get("JAVA_OPTS");
            assertThat(javaOptions).as("%s %s: JAVA_OPTS", overlay, service).isNotBlank();
            Map<String, Long> caps = caps(javaOptions);
            assertThat(caps).as("%s %s: every JVM memory region capped in JAVA_OPTS", overlay, service)
                    .containsOnlyKeys(CAPPED_REGIONS);
            long budget = caps.values().stream().mapToLong(Long::longValue).sum() + UNCAPPED_NATIVE_MIB;
            assertThat(budget).as("%s %s: %s + %d MiB uncapped native (MiB) under the limit", overlay, service, caps, UNCAPPED_NATIVE_MIB)
                    .isLessThanOrEqualTo(mib(container.getResources().getLimits().get("memory")));
            assertThat(javaOptions).as("%s %s: a JVM out of memory exits and is restarted", overlay, service)
                    .contains("-XX:+ExitOnOutOfMemoryError");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void composeRunsTheSameJvmOptionsAsTheManifests(String overlay) {
        // one set of JVM options, sized once (deploy/docker/Dockerfile) for the limit both share
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Map<String, String> deployed = manifests.environment(Manifests.container(manifests.deployment(service)));
            Map<String, String> composed = Repository.composeEnvironment(service);
            for (String variable : JVM_VARIABLES) {
                assertThat(words(deployed.get(variable))).as("%s %s: %s as docker-compose.yml sets it", overlay, service, variable)
                        .isEqualTo(words(composed.get(variable)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void composeLimitsMemoryAsTheManifestsDo(String overlay) {
        // the same options need the same room: compose's mem_limit is the pods' memory limit
        Manifests manifests = Manifests.render(overlay);
        for (String service : Repository.services()) {
            Object composeLimit = Repository.composeService(service).get("mem_limit");
            assertThat(composeLimit).as("docker-compose.yml %s: mem_limit", service).isNotNull();
            Container container = Manifests.container(manifests.deployment(service));
            assertThat(composeMib(String.valueOf(composeLimit))).as("%s %s: docker-compose.yml's mem_limit (MiB)", overlay, service)
                    .isEqualTo(mib(container.getResources().getLimits().get("memory")));
        }
    }

    @Test
    void readsComposeMemorySizes() {
        assertThat(composeMib("768m")).isEqualTo(768);
        assertThat(composeMib("1g")).isEqualTo(1024);
        assertThat(composeMib("805306368")).isEqualTo(768);
        assertThat(composeMib("524288k")).isEqualTo(512);
    }

    @Test
    void readsTheJvmCaps() {
        assertThat(caps("-Xmx1g -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=98304k"))
                .isEqualTo(new LinkedHashMap<>(Map.of("Xmx", 1024L, "MaxMetaspaceSize", 192L, "ReservedCodeCacheSize", 96L)));
    }

    /** The JVM's capped regions in MiB; the last occurrence of an option wins, as in the JVM. */
    static Map<String, Long> caps(String javaOptions) {
        Map<String, Long> caps = new LinkedHashMap<>();
        Matcher m = SIZE_OPTION.matcher(javaOptions);
        while (m.find()) {
            long bytes = bytes(Long.parseLong(m.group(2)), m.group(3));
            caps.put(m.group(1), (bytes + MIB - 1) / MIB);
        }
        return caps;
    }

    /** Docker's memory sizes: a number of bytes with an optional b, k, m or g (powers of 1024). */
    static long composeMib(String size) {
        Matcher m = COMPOSE_SIZE.matcher(size.strip());
        assertThat(m.matches()).as("a Docker memory size: %s", size).isTrue();
        return bytes(Long.parseLong(m.group(1)), m.group(2)) / MIB;
    }

    /** A size with the JVM's and Docker's unit letters, both powers of 1024. */
    private static long bytes(long amount, String unit) {
        return switch (unit.toLowerCase()) {
            case "k" -> amount * 1024;
            case "m" -> amount * MIB;
            case "g" -> amount * 1024 * MIB;
            default -> amount;
        };
    }

    private static List<String> words(String options) {
        assertThat(options).isNotBlank();
        return List.of(options.strip().split("\\s+"));
    }

    private static long mib(Quantity quantity) {
        assertThat(quantity).isNotNull();
        return Quantity.getAmountInBytes(quantity).divide(BigDecimal.valueOf(MIB), java.math.RoundingMode.FLOOR).longValue();
    }
}
