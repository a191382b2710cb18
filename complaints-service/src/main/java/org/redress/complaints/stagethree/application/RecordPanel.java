package org.redress.complaints.stagethree.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.StageThree;

/** The review panel met, with its members. */
public record RecordPanel(LocalDate heldOn, List<StageThree.PanelMember> members) {
}
