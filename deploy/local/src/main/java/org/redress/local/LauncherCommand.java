package org.redress.local;

import java.util.List;

/** What the user asked for on the command line: {@code up}, {@code up --infra-only} or {@code help}. */
public enum LauncherCommand {
    /** Kafka, the databases and the three services. */
    UP,
    /** Kafka and the databases only, for running one service in Quarkus dev mode. */
    INFRA_ONLY,
    HELP;

    public static final String USAGE = """
            Usage: ./redress <command>

              up                 start Kafka, prepare the databases in the local PostgreSQL and start
                                 complaints-service, assessment-service and remedy-service; Ctrl-C stops all
              up --fast-start    the same with the services on C1 only: quicker to start, slower once warm
              up --infra-only    start Kafka and prepare the databases only, and print the command (with
                                 its environment) for running each service in dev mode
              dev <service>      Kafka, the databases and one service in Quarkus dev mode
              build              build everything (./mvnw -DskipTests install) before `up`
              help               this text

            Environment:
              REDRESS_PG_URL              admin JDBC URL of the PostgreSQL server
                                          (default jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)
              REDRESS_KAFKA_PORT          Kafka listener port (default 9092)
              REDRESS_SERVICE_JAVA_OPTS   JVM options for each service (default %s)
              REDRESS_FAST_START          1: the services' options are %s
              REDRESS_STARTUP_TIMEOUT     seconds to wait for the services to be ready (default %d)
            """.formatted(LauncherSettings.DEFAULT_SERVICE_JAVA_OPTS, LauncherSettings.FAST_START_SERVICE_JAVA_OPTS,
                    LauncherSettings.DEFAULT_STARTUP_TIMEOUT.toSeconds());

    /**
     * @throws IllegalArgumentException naming the argument that is not understood
     */
    public static LauncherCommand parse(List<String> args) {
        if (args.isEmpty()) {
            return HELP;
        }
        String verb = args.get(0);
        List<String> options = args.subList(1, args.size());
        return switch (verb) {
            case "help", "--help", "-h" -> HELP;
            case "up" -> parseUp(options);
            default -> throw new IllegalArgumentException("unknown command '" + verb + "'");
        };
    }

    private static LauncherCommand parseUp(List<String> options) {
        LauncherCommand command = UP;
        for (String option : options) {
            switch (option) {
                case "--infra-only" -> command = INFRA_ONLY;
                case "--help", "-h" -> {
                    return HELP;
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "' for 'up'");
            }
        }
        return command;
    }
}
