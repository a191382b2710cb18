package org.redress.assessments.assessment.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.redress.servicekit.api.ApiResponses;
import org.redress.servicekit.problem.ProblemDetail;

/** The problem responses every action on one assessment documents. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(
        mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
        examples = @ExampleObject(name = "missingField", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
@APIResponse(responseCode = "404", description = "No such assessment", content = @Content(
        mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
        examples = @ExampleObject(name = "unknown", value = AssessmentResource.UNKNOWN_ASSESSMENT)))
@APIResponse(responseCode = "409", description = "Already completed, or changed since the If-Match version was read",
        content = @Content(mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                examples = { @ExampleObject(name = "completed", value = AssessmentExamples.ALREADY_COMPLETED),
                        @ExampleObject(name = "stale", value = AssessmentExamples.STALE_VERSION) }))
@APIResponse(responseCode = "422", description = "Breaks an assessment rule, e.g. a day before the assessment "
        + "started or before the fact it follows", content = @Content(
        mediaType = ApiResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
        examples = { @ExampleObject(name = "s2", value = AssessmentExamples.S2_NOT_CONSIDERED),
                @ExampleObject(name = "outOfOrder", value = AssessmentExamples.COMPLETED_OUT_OF_ORDER) }))
public @interface AssessmentErrors {
}
