package org.redress.kafkabroker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Guards the build-classpath configuration in the pom, whose scope filtering is easy to get wrong. */
class BrokerClasspathTest {

    @Test
    void holdsTheBrokerItsClientJarsAndTheLoggingBindingButNoTestFramework() throws Exception {
        List<String> jars;
        try (InputStream in = KafkaBroker.class.getResourceAsStream(KafkaBroker.CLASSPATH_RESOURCE)) {
            assertNotNull(in, "class path resource");
            jars = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(File.pathSeparator))
                    .map(path -> new File(path).getName())
                    .toList();
        }
        for (String needed : List.of("kafka_2.13-", "kafka-clients-", "slf4j-api-1.7", "log4j-slf4j-impl-",
                "log4j-core-", "zstd-jni-", "lz4-java-", "snappy-java-", "scala-library-")) {
            assertTrue(jars.stream().anyMatch(jar -> jar.startsWith(needed)), needed + " in " + jars);
        }
        assertFalse(jars.stream().anyMatch(jar -> jar.contains("junit") || jar.contains("opentest4j")), jars.toString());
    }
}
