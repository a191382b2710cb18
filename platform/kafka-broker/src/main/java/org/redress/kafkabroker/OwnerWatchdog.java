package org.redress.kafkabroker;

import java.util.Arrays;

/**
 * Entry point of the broker JVM: stops the broker when the JVM that started it is gone, then runs
 * the real main class. Shutdown hooks do not run when the owner is killed with SIGKILL (a surefire
 * fork timeout, a killed IDE run); without this an orphaned broker would keep its ports and 300 MB.
 *
 * <p>Arguments: owner pid, main class, then the main class's own arguments.
 */
public final class OwnerWatchdog {

    private OwnerWatchdog() {
    }

    public static void main(String[] args) throws Throwable {
        long ownerPid = Long.parseLong(args[0]);
        String mainClass = args[1];
        String[] mainArgs = Arrays.copyOfRange(args, 2, args.length);
        ProcessHandle.of(ownerPid).ifPresentOrElse(
                // System.exit runs Kafka's own shutdown hook: a clean, flushed shutdown
                owner -> owner.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
        try {
            Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) mainArgs);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
