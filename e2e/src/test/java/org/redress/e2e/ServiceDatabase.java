package org.redress.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Look into one service's database, for accounting after a fault or a load run: how many rows were really
 * stored, how many outbox rows are still unsent. Tests change data only through the APIs; a fault test may
 * {@linkplain #injectFault install} a fault in the database itself (a trigger that refuses a write).
 */
public record ServiceDatabase(String jdbcUrl, String user, String password) {

    public long count(String sql, Object... parameters) {
        List<String> values = strings(sql, parameters);
        return values.isEmpty() ? 0 : Long.parseLong(values.get(0));
    }

    /** The first column of every row as text. */
    public List<String> strings(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a DDL statement that injects or removes a fault, e.g. a trigger that makes one case's writes fail. */
    public void injectFault(String ddl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             var statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException(ddl + ": " + e.getMessage(), e);
        }
    }
}
