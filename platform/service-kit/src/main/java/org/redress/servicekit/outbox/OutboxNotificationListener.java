package org.redress.servicekit.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Wakes the relay the moment a transaction that wrote an outbox row commits, through
 * PostgreSQL LISTEN/NOTIFY on a dedicated connection (outside the pool, since it is held for
 * the life of the service). If the connection drops it reconnects; the relay's one-second
 * safety net covers the gap.
 */
@ApplicationScoped
public class OutboxNotificationListener {

    private static final Logger LOG = Logger.getLogger(OutboxNotificationListener.class);
    private static final int POLL_MILLIS = 500;

    private final OutboxRelay relay;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private Thread thread;

    public OutboxNotificationListener(OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.relay = relay;
        this.url = url;
        this.username = username.orElse(null);
        this.password = password.orElse("");
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "outbox-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + EventOutbox.NOTIFY_CHANNEL);
                }
                relay.wake(); // rows may have been written while not listening
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        relay.wake();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("outbox listener lost its connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
