package org.redress.local;

import java.nio.file.Path;

/** A service did not become ready: it exited, or it was still not ready when the time ran out. */
public final class ServiceStartFailure extends RuntimeException {

    private final String service;
    private final Path logFile;

    public ServiceStartFailure(String service, String reason, Path logFile, String logTail) {
        super("%s %s. Its log is %s; it ends with:%n%s".formatted(service, reason, logFile, logTail.indent(4)));
        this.service = service;
        this.logFile = logFile;
    }

    public String service() {
        return service;
    }

    public Path logFile() {
        return logFile;
    }
}
