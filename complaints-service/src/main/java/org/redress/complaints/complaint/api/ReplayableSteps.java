package org.redress.complaints.complaint.api;

import java.util.List;

/**
 * The commands of one step of the procedure (intake decisions, stage 1, holds ...) that an import
 * replays; each step's API package provides its own, beside the resource whose operations they mirror.
 */
public interface ReplayableSteps {

    List<ReplayableStep<?>> steps();
}
