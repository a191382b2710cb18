package org.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the resource as Quarkus would, without Quarkus: start, use the config, stop. */
class RedressTestResourcesTest {

    @BeforeAll
    static void quietKafkaClients() {
        KafkaClientLogs.quiet();
    }

    @Test
    void createsAFreshDatabaseAndHandsOutTheSharedBrokerThenDropsTheDatabase() throws Exception {
        RedressTestResources resources = new RedressTestResources();
        Map<String, String> config = resources.start();
        TestDatabase database = resources.database();
        try {
            assertThat(config).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password", "kafka.bootstrap.servers", "mp.jwt.verify.publickey",
                    "mp.jwt.verify.issuer", "mp.jwt.verify.audiences");
            assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/" + database.name());
            assertThat(database.name()).matches("t_[0-9a-f]{16}");
            assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(TestKafka.bootstrapServers());
            assertThat(TestKafka.broker().isRunning()).isTrue();

            try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                 ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo(database.name());
            }
            assertThat(database.exists()).isTrue();
        } finally {
            resources.stop();
        }
        assertThat(database.exists()).isFalse();
    }

    @Test
    void restartsTheSharedBrokerWhenAnEarlierTestLeftItStopped() {
        TestKafka.broker().stop();
        RedressTestResources resources = new RedressTestResources();
        try {
            resources.start();
            assertThat(TestKafka.broker().isRunning()).isTrue();
        } finally {
            resources.stop();
        }
    }
}
