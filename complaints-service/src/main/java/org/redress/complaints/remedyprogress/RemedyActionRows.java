package org.redress.complaints.remedyprogress;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The actions of complaints' remedy cases that remedy-service has reported on. */
@ApplicationScoped
public class RemedyActionRows implements PanacheRepositoryBase<RemedyActionRow, UUID> {
}
