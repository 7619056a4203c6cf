package io.verbatim.problem;

import java.util.List;

/** Thrown anywhere to end a request with a problem details answer. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(new Problem(type.uri(), type.title(), type.status(), detail, null, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalidParameter(String name, String in, String detail) {
        String where = switch (in) {
            case "path" -> "Path parameter";
            case "header" -> "Header";
            default -> "Query parameter";
        };
        return new ProblemException(ProblemType.INVALID_PARAMETER,
                where + " '" + name + "' " + detail + ".",
                List.of(new Problem.FieldError(name, in, detail)));
    }

    public static ProblemException invalidQuery(String name, String detail) {
        return invalidParameter(name, "query", detail);
    }

    public static ProblemException invalidBodyField(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_BODY, "Field '" + field + "' " + detail + ".",
                List.of(new Problem.FieldError(field, "body", detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, List.of());
    }

    /** A body field the service refuses, as a 400 naming it (in addition to Bean Validation's own). */
    public static ProblemException invalidBody(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_BODY, "Invalid request: " + field + " " + detail + ".",
                List.of(new Problem.FieldError(field, "body", detail)));
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type, detail, List.of());
    }
}
