package org.redress.kafkabroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds free TCP ports on 127.0.0.1 by letting the operating system choose them. */
final class FreePorts {

    private FreePorts() {
    }

    /** Two different free ports: both sockets are held open at once, so the OS cannot hand out one twice. */
    static int[] two() {
        try (ServerSocket first = open(0); ServerSocket second = open(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find two free ports on 127.0.0.1", e);
        }
    }

    static int any() {
        try (ServerSocket socket = open(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    static boolean isFree(int port) {
        if (port < 1 || port > 65535) {
            return false;
        }
        try (ServerSocket ignored = open(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ServerSocket open(int port) throws IOException {
        // a probe that never accepted a connection leaves no TIME_WAIT behind: the broker can bind at once
        return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
    }
}
