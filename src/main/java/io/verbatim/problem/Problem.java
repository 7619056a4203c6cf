package io.verbatim.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body, the one shape of every error this API returns. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; relative to the API's base URL.",
                example = "/problems/invalid-parameter")
        String type,
        @Schema(description = "Fixed short summary of the kind of problem.", example = "Invalid parameter")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, for a human.",
                example = "Query parameter 'limit' must be an integer from 1 to 100.")
        String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/statements")
        String instance,
        @Schema(description = "Each parameter or field at fault.")
        List<FieldError> errors) {

    /** One parameter or body field at fault. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(description = "The parameter or field name; a JSON path for nested body fields.", example = "limit")
            String field,
            @Schema(description = "Where the field is.", enumeration = {"query", "path", "header", "body"}, example = "query")
            String in,
            @Schema(example = "must be an integer from 1 to 100")
            String detail) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
