package org.redress.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a {@code jdbc:postgresql://host:port/database?params} URL that the test kit needs: it
 * swaps the database and hands user and password to Quarkus as separate properties.
 */
record JdbcUrl(String hostAndPort, String user, String password, List<String> otherParams) {

    private static final String PREFIX = "jdbc:postgresql://";

    static JdbcUrl parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (" + PREFIX + "host:port/db?user=…): " + url);
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String location = query < 0 ? rest : rest.substring(0, query);
        int slash = location.indexOf('/');
        String hostAndPort = slash < 0 ? location : location.substring(0, slash);
        String user = "postgres";
        String password = "";
        List<String> others = new ArrayList<>();
        if (query >= 0) {
            for (String param : rest.substring(query + 1).split("&")) {
                String[] pair = param.split("=", 2);
                String value = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
                switch (pair[0]) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> others.add(param);
                }
            }
        }
        return new JdbcUrl(hostAndPort, user, password, List.copyOf(others));
    }

    /** The URL of another database on the same server, keeping parameters other than user and password. */
    String withDatabase(String database) {
        String url = PREFIX + hostAndPort + "/" + database;
        return otherParams.isEmpty() ? url : url + "?" + String.join("&", otherParams);
    }
}
