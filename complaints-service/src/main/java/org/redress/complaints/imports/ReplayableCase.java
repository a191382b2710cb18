package org.redress.complaints.imports;

import java.util.List;

import org.redress.complaints.complaint.api.ReplayableStep;
import org.redress.complaints.intake.api.RegisterComplaintRequest;

/** A line of an import file read and validated: the registration and each step's request, ready to replay. */
record ReplayableCase(RegisterComplaintRequest registration, List<ReadyStep> steps) {

    /** Step {@code index} (from 0) of the line: the command to replay and its validated request. */
    record ReadyStep(int index, ReplayableStep<?> step, Object request) {
    }
}
