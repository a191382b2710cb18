package org.redress.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says up front which ports are taken, rather than letting a service fail half-way through start-up. */
public final class PortCheck {

    private PortCheck() {
    }

    /** Of the named ports, those something already listens on. */
    public static Map<String, Integer> busy(Map<String, Integer> ports) {
        Map<String, Integer> busy = new LinkedHashMap<>();
        ports.forEach((owner, port) -> {
            if (!isFree(port)) {
                busy.put(owner, port);
            }
        });
        return busy;
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a socket in TIME_WAIT from the last run is no obstacle
            socket.bind(new InetSocketAddress(port)); // the wildcard address, as Quarkus binds 0.0.0.0
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(Map<String, Integer> busy) {
        List<String> parts = busy.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").toList();
        return "Port" + (parts.size() > 1 ? "s " : " ") + String.join(", ", parts) + " already in use"
                + " — is the suite already running? Stop it, or free the port"
                + (busy.containsKey("kafka") ? " (REDRESS_KAFKA_PORT picks another Kafka port)" : "") + ".";
    }
}
