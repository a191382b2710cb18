package org.redress.testkit.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * What a service's tables hold, in one query: per table its row count and the newest version of
 * any of its rows, so that a refused request can be shown to have changed nothing.
 *
 * <p>Columns the service changes in the background, whatever any request does, are left out:
 * the outbox relay marks rows sent ({@code sent_at}, {@code attempts}, {@code last_error}) some
 * time after the request that wrote them; that table is hashed without them, so an event written
 * by a refused request is still caught. Flyway's history never changes at run time.
 */
public final class DatabaseFingerprint {

    private static final Map<String, Set<String>> BACKGROUND_COLUMNS = Map.of(
            "outbox", Set.of("sent_at", "attempts", "last_error"));
    private static final Set<String> SKIPPED_TABLES = Set.of("flyway_schema_history");

    private final DataSource dataSource;
    private final String query;

    private DatabaseFingerprint(DataSource dataSource, String query) {
        this.dataSource = dataSource;
        this.query = query;
    }

    /** Reads the service's tables (in its current schema) once, to build the fingerprint query. */
    public static DatabaseFingerprint of(DataSource dataSource) {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c"
                        + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                        + " ORDER BY c.table_name, c.ordinal_position")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String column = rows.getString(2);
                if (!SKIPPED_TABLES.contains(table) && !BACKGROUND_COLUMNS.getOrDefault(table, Set.of()).contains(column)) {
                    columns.computeIfAbsent(table, name -> new ArrayList<>()).add(column);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the service's tables: " + e.getMessage(), e);
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("the service's schema has no tables to fingerprint");
        }
        String query = columns.entrySet().stream().map(DatabaseFingerprint::perTable)
                .collect(Collectors.joining(" UNION ALL "));
        return new DatabaseFingerprint(dataSource, query);
    }

    /**
     * A table's row count and its newest row version ({@code xmin}, the transaction that last
     * wrote a row: an insert or update raises it, a delete lowers the count). That costs a scan
     * without sorting or hashing, however many rows the walk has created. A table with background
     * columns is hashed instead, without them, since the relay rewrites its rows.
     */
    private static String perTable(Map.Entry<String, List<String>> table) {
        String name = "\"" + table.getKey() + "\"";
        if (!BACKGROUND_COLUMNS.containsKey(table.getKey())) {
            return "SELECT '" + table.getKey() + "', count(*), coalesce(max(xmin::text::bigint), 0)::text FROM " + name;
        }
        String row = "ROW(" + table.getValue().stream().map(column -> "\"" + column + "\"")
                .collect(Collectors.joining(", ")) + ")::text";
        return "SELECT '" + table.getKey() + "', count(*), md5(coalesce(string_agg(" + row + ", E'\\n' ORDER BY " + row
                + "), '')) FROM " + name;
    }

    /** Row count and hash per table, now. */
    public Map<String, String> take() {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getLong(2) + " rows " + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the service's tables: " + e.getMessage(), e);
        }
        return tables;
    }

    /** The tables whose count or content differs between two fingerprints. */
    public static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
    }
}
