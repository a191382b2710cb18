package org.redress.servicekit.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, with the Redress extensions {@code rule} (the broken rule's
 * code), {@code field} (the request field at fault), {@code correlationId} and, for
 * validation failures, one entry per invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemDetail", description = "RFC 9457 problem detail")
public record ProblemDetail(
        @Schema(description = "URI naming the problem type; stable per rule", examples = "urn:redress:problem:validation") String type,
        @Schema(description = "Short summary of the problem type", examples = "Request is not valid") String title,
        @Schema(description = "HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong with this request", examples = "receivedDate must not be in the future") String detail,
        @Schema(description = "The request path", examples = "/complaints", nullable = true) String instance,
        @Schema(description = "Code of the rule the request broke", examples = "stage-one.extension-beyond-maximum", nullable = true) String rule,
        @Schema(description = "The request field at fault", examples = "receivedDate", nullable = true) String field,
        @Schema(description = "Correlation id of the request, also in the X-Correlation-Id header", nullable = true) String correlationId,
        @Schema(description = "One entry per invalid field", nullable = true) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }
}
