package org.redress.complaints.remedyprogress;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Remedy cases known for each complaint. */
@ApplicationScoped
public class RemedyCaseLinks implements PanacheRepositoryBase<RemedyCaseLink, UUID> {

    public List<RemedyCaseLink> forComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by decisionDate, remedyCaseId", complaintId);
    }
}
