package org.redress.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure of a Redress service test: the JVM's shared Kafka broker (see
 * {@link TestKafka}) and a fresh PostgreSQL database per Quarkus application start, dropped when the
 * application stops.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = RedressTestResources.class, restrictToAnnotatedClass = false)
 * class ComplaintResourceTest { … }
 * }</pre>
 *
 * Gives Quarkus {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username},
 * {@code quarkus.datasource.password} and {@code kafka.bootstrap.servers}.
 */
public class RedressTestResources implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        var broker = TestKafka.broker();
        if (!broker.isRunning()) {
            // an earlier test stopped it and failed before restarting it: do not let that spread
            broker.restart();
        }
        database = TestDatabase.create();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.url());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.putAll(Tokens.verificationConfig());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
            database = null;
        }
    }

    /** The database of the current start, for tests of the test kit. */
    TestDatabase database() {
        return database;
    }
}
