package org.redress.servicekit.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.redress.devidentity.DevKeys;
import org.redress.devidentity.DevTokens;
import org.redress.privatepostgres.TestServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the kit's own {@code @QuarkusTest}s run against: a fresh PostgreSQL database, created on the
 * {@link TestServer} (the server at {@code REDRESS_TEST_PG_URL}, or a private one for this JVM when
 * nothing answers there) and dropped at the end; and the development key to verify
 * bearer tokens with. The test kit does the same for the services, but it depends on this module,
 * so the kit cannot use it. No broker: the relay's attempts to publish the unsent outbox rows the
 * housekeeping tests write fail and are retried (an error in the log), which is all an unsent row
 * should ever meet.
 */
public class KitTestResources implements QuarkusTestResourceLifecycleManager {

    private String serverUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        serverUrl = TestServer.adminUrl();
        database = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + database);
        String key = DevKeys.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database),
                // nothing listens here: the outgoing channel and the broker check need an address, nothing more
                "kafka.bootstrap.servers", "127.0.0.1:9",
                "mp.jwt.verify.publickey", key,
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                "mp.jwt.verify.audiences", DevTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed on " + serverUrl + ": " + e.getMessage(), e);
        }
    }
}
