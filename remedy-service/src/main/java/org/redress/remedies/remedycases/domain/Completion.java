package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person records when an action is done.
 *
 * @param completedOn   the day it was done
 * @param apologySentOn for an apology, the day it was sent
 * @param evidenceRefs  references to the evidence (document ids, letters, training records)
 */
public record Completion(LocalDate completedOn, LocalDate apologySentOn, List<String> evidenceRefs) {

    public Completion {
        RequiredFields.require(completedOn, "completedOn");
        evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
    }
}
