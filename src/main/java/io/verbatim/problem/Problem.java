package io.verbatim.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body, the one shape of every error this API returns. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.",
        requiredProperties = {"type", "title", "status", "detail"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; relative to the API's base URL.",
                example = "/problems/invalid-parameter",
                maxLength = Problem.MAX_SHORT)
        String type,
        @Schema(description = "Fixed short summary of the kind of problem.", example = "Invalid parameter",
                maxLength = Problem.MAX_SHORT)
        String title,
        @Schema(description = "The HTTP status code.", example = "400", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "What went wrong with this request, for a human.",
                example = "Query parameter 'limit' must be an integer from 1 to 100.", maxLength = Problem.MAX_DETAIL)
        String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/statements",
                maxLength = Problem.MAX_INSTANCE)
        String instance,
        @Schema(description = "Each parameter or field at fault (the first 100).", maxItems = Problem.MAX_ERRORS)
        List<FieldError> errors) {

    /** One parameter or body field at fault. */
    @Schema(name = "ProblemFieldError", requiredProperties = {"field", "in", "detail"})
    public record FieldError(
            @Schema(description = "The parameter or field name; a JSON path for nested body fields.", example = "limit",
                    maxLength = Problem.MAX_FIELD)
            String field,
            @Schema(description = "Where the field is.", enumeration = {"query", "path", "header", "body"}, example = "query")
            String in,
            @Schema(example = "must be an integer from 1 to 100", maxLength = Problem.MAX_FIELD_DETAIL)
            String detail) {

        public FieldError {
            field = truncate(field, MAX_FIELD);
            detail = truncate(detail, MAX_FIELD_DETAIL);
        }
    }

    // Problems quote what the client sent (paths, field names, values): bounded here, so that no body echoes a flood.
    static final int MAX_SHORT = 100;
    static final int MAX_DETAIL = 2000;
    /** The request path, which Vert.x already bounds by its request line (4,096 bytes by default). */
    static final int MAX_INSTANCE = 4096;
    static final int MAX_ERRORS = 100;
    static final int MAX_FIELD = 300;
    static final int MAX_FIELD_DETAIL = 1000;

    public Problem {
        type = truncate(type, MAX_SHORT);
        title = truncate(title, MAX_SHORT);
        detail = truncate(detail, MAX_DETAIL);
        instance = truncate(instance, MAX_INSTANCE);
        errors = errors == null || errors.size() <= MAX_ERRORS ? errors : List.copyOf(errors.subList(0, MAX_ERRORS));
    }

    /** The text cut to {@code max} characters, the last being an ellipsis when it was cut. */
    public static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
