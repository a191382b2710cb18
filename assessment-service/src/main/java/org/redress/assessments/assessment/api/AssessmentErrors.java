package org.redress.assessments.assessment.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The problem responses every action on one assessment documents. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "409", description = "Already completed, or changed since the If-Match version was read")
@APIResponse(responseCode = "422", description = "Breaks an assessment rule, e.g. a day before the assessment "
        + "started or before the fact it follows")
public @interface AssessmentErrors {
}
