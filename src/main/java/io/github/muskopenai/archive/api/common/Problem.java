package io.github.muskopenai.archive.api.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error response, RFC 9457 {@code application/problem+json}: the problem type, a short title,
 * the HTTP status, what went wrong for this request, and for invalid parameters one entry per
 * parameter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error (RFC 9457 problem details).")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", examples = "/problems/invalid-parameter") String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid request parameter") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request.", examples = "limit: must be an integer from 1 to 500") String detail,
        @Schema(description = "The request path.", examples = "/api/messages") String instance,
        @Schema(description = "One entry per offending parameter.") List<ParameterError> errors) {

    /** One parameter and what is wrong with it. */
    @Schema(name = "ParameterError")
    public record ParameterError(
            @Schema(examples = "limit") String parameter,
            @Schema(examples = "must be an integer from 1 to 500") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
