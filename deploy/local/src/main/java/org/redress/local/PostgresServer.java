package org.redress.local;

import java.util.Properties;

/**
 * Where the PostgreSQL server is and who to connect as, taken from an admin JDBC URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}; gives each service its own URL.
 */
public record PostgresServer(String adminUrl, String host, int port, String user, String password) {

    public static PostgresServer fromJdbcUrl(String adminUrl) {
        Properties parsed = org.postgresql.Driver.parseURL(adminUrl, null);
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
        }
        // the driver accepts several comma-separated hosts; a local run uses the first
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        String port = parsed.getProperty("PGPORT", "5432").split(",")[0];
        return new PostgresServer(adminUrl, host, Integer.parseInt(port),
                parsed.getProperty("user", "postgres"), parsed.getProperty("password", ""));
    }

    /** The URL a service gets in DB_URL: same server, its own database, credentials passed separately. */
    public String jdbcUrl(String database) {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database;
    }

    public String address() {
        return host + ":" + port;
    }
}
