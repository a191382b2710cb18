package org.redress.complaints.intake.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where complaints are kept. */
public interface ComplaintRepository {

    void add(Complaint complaint);

    Optional<Complaint> find(UUID id);

    /** Complaints newest first, {@code size} at a time. */
    List<Complaint> page(int page, int size);

    long total();

    /** The next serial number for a complaint reference (unique across years). */
    long nextReferenceSerial();
}
