package org.redress.remedies.compliance.domain;

import java.time.LocalDate;

/** Where compliance figures come from: aggregated by the database, not by loading every case. */
public interface ComplianceQueries {

    /** Figures for actions due from {@code from} to {@code to} inclusive, as they stand on {@code today}. */
    ComplianceReport report(LocalDate from, LocalDate to, LocalDate today);
}
