package org.redress.servicekit.audit;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;


/**
 * Who looked at which case. Every read of one case, and every case a list showed, becomes an entry in
 * the audit trail beside the changes ({@code <type>.read}, {@code <type>.listed}), so that an Ombudsman
 * investigator, a subject access request or a breach investigation asking "who saw this child's file?"
 * is answered by {@code GET /audit?resourceType=...&resourceId=...}.
 * <p>
 * A read changes nothing, so its entries are written in a transaction of their own, committed without
 * waiting for the disk ({@code synchronous_commit = off}): the read is not held up by a flush, and a
 * database crash can lose only the last moments of read entries, never a change or its entry. A list's
 * entries are one statement, however many cases it showed.
 */
@ApplicationScoped
public class ReadAudit {

    private final EntityManager entityManager;
    private final AuditTrail auditTrail;

    public ReadAudit(EntityManager entityManager, AuditTrail auditTrail) {
        this.entityManager = entityManager;
        this.auditTrail = auditTrail;
    }

    /** One case was read, e.g. {@code read("complaint", id)} records {@code complaint.read}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(String resourceType, Object id) {
        insert(resourceType + ".read", resourceType, String.valueOf(id));
    }

    /** A list or report showed these cases; records {@code <type>.listed} once for each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void listed(String resourceType, Collection<?> ids) {
        if (ids.isEmpty()) {
            return;
        }
        insert(resourceType + ".listed", resourceType,
                ids.stream().map(String::valueOf).distinct().collect(Collectors.joining(",")));
    }

    private void insert(String action, String resourceType, String ids) {
        entityManager.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        auditTrail.write(action, resourceType, ids);
    }
}
