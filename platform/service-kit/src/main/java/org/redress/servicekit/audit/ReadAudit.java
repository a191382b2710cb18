package org.redress.servicekit.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * Who looked at which case. Every read of one case, and every case a list showed, becomes an entry in
 * the audit trail beside the changes ({@code <type>.read}, {@code <type>.listed}), so that an Ombudsman
 * investigator, a subject access request or a breach investigation asking "who saw this child's file?"
 * is answered by {@code GET /audit?resourceType=...&resourceId=...}.
 * <p>
 * A read changes nothing, so its entries are one statement committed on its own, outside any transaction
 * in hand, and without waiting for the disk ({@code synchronous_commit} off for that statement alone): the
 * read is not held up by a flush, and a database crash can lose only the last moments of read entries,
 * never a change or its entry. A list's entries are one statement, however many cases it showed.
 */
@ApplicationScoped
public class ReadAudit {

    private static final String INSERT = "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))"
            + " INSERT INTO audit_entry (" + AuditTrail.COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, id, ? FROM unnest(string_to_array(?, ',')) AS id, relaxed";

    private static final String INSERT_WITH_REASON = "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))"
            + " INSERT INTO audit_entry (" + AuditTrail.COLUMNS + ", reason)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM relaxed";

    private final AgroalDataSource dataSource;
    private final AuditTrail auditTrail;

    public ReadAudit(AgroalDataSource dataSource, AuditTrail auditTrail) {
        this.dataSource = dataSource;
        this.auditTrail = auditTrail;
    }

    /** One case was read, e.g. {@code read("complaint", id)} records {@code complaint.read}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void read(String resourceType, Object id) {
        insert(resourceType + ".read", resourceType, String.valueOf(id));
    }

    /**
     * One case was read by someone outside their assignment or team, who gave {@code reason} (break-glass):
     * records {@code <type>.break-glass-read} with the reason, which the auditor reviews with
     * {@code GET /audit?action=<type>.break-glass-read}. The reason is kept in the trail only, never logged.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void readBreakingGlass(String resourceType, Object id, String reason) {
        AuditTrail.Who who = auditTrail.who();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT_WITH_REASON)) {
            bind(statement, who, resourceType + ".break-glass-read", resourceType);
            statement.setString(7, String.valueOf(id));
            statement.setString(8, who.correlation());
            statement.setString(9, reason);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw notRecorded(resourceType, e);
        }
    }

    /** A list or report showed these cases; records {@code <type>.listed} once for each. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void listed(String resourceType, Collection<?> ids) {
        if (!ids.isEmpty()) {
            insert(resourceType + ".listed", resourceType,
                    ids.stream().map(String::valueOf).distinct().collect(Collectors.joining(",")));
        }
    }

    /** Outside any transaction (NOT_SUPPORTED), so that the statement commits by itself, only its own commit relaxed. */
    private void insert(String action, String resourceType, String ids) {
        AuditTrail.Who who = auditTrail.who();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bind(statement, who, action, resourceType);
            statement.setString(7, who.correlation());
            statement.setString(8, ids);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw notRecorded(resourceType, e);
        }
    }

    private static void bind(PreparedStatement statement, AuditTrail.Who who, String action, String resourceType)
            throws SQLException {
        statement.setObject(1, who.at());
        statement.setString(2, who.subject());
        statement.setString(3, who.roles());
        statement.setString(4, who.client());
        statement.setString(5, action);
        statement.setString(6, resourceType);
    }

    private static IllegalStateException notRecorded(String resourceType, SQLException e) {
        return new IllegalStateException("read of " + resourceType + " not recorded (SQLState " + e.getSQLState() + ")", e);
    }
}
