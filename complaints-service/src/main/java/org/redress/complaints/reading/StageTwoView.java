package org.redress.complaints.reading;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StageTwo;

/** Stage 2 as the API shows it: each part is absent until it is recorded. */
@Schema(name = "StageTwo")
public record StageTwoView(
        LocalDate requestedOn,
        @Schema(description = "Why a late request was accepted; absent for a request in time", nullable = true) String lateReason,
        @Schema(description = "Absent until the statement of complaint is agreed", nullable = true) LocalDate statementAgreedOn,
        @Schema(description = "Absent until the statement of complaint is agreed", nullable = true) String statementAgreedBy,
        @Schema(description = "Absent until appointed", nullable = true) StageTwo.Appointment investigatingOfficer,
        @Schema(description = "Absent until appointed", nullable = true) StageTwo.IndependentPerson independentPerson,
        @Schema(description = "Absent until appointed; the adjudication is theirs to record", nullable = true) StageTwo.Appointment adjudicatingOfficer,
        @Schema(description = "Absent unless stage 2 was extended", nullable = true) StageOneExtensionView extension,
        @Schema(description = "Absent until the report is recorded", nullable = true) LocalDate investigatingOfficerReportOn,
        @Schema(description = "Absent until the report is recorded", nullable = true) LocalDate independentPersonReportOn,
        @Schema(description = "Absent until adjudicated", nullable = true) StageDecisionView adjudication) {

    static StageTwoView of(StageTwo stage) {
        return stage == null ? null
                : new StageTwoView(stage.requestedOn(), stage.lateReason(), stage.statementAgreedOn(),
                        stage.statementAgreedBy(), stage.investigatingOfficer(), stage.independentPerson(), stage.adjudicatingOfficer(),
                        StageOneExtensionView.of(stage.extension()), stage.investigatingOfficerReportOn(),
                        stage.independentPersonReportOn(), StageDecisionView.of(stage.adjudication()));
    }
}
