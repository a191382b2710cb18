package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where remedy cases are kept. */
public interface RemedyCaseRepository {

    void add(RemedyCase remedyCase);

    Optional<RemedyCase> find(UUID id);

    /** Cases newest decision first, {@code size} at a time; only one complaint's when {@code complaintId} is given. */
    List<RemedyCase> page(UUID complaintId, int page, int size);

    /** How many cases {@link #page} pages through. */
    long count(UUID complaintId);

    /** Whether this complaint decision has already opened a case. */
    boolean existsForDecision(UUID complaintId, RemedySource source, LocalDate decisionDate);

    /** The next serial number for a remedy case reference (unique across years). */
    long nextReferenceSerial();
}
