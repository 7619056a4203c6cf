package io.verbatim.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Turns every failure into an application/problem+json answer, without leaking internals. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final long UNAVAILABLE_LOG_INTERVAL_NANOS = 10_000_000_000L;
    private static final AtomicLong unavailableLoggedAt = new AtomicLong();
    private static final AtomicLong unavailableUnlogged = new AtomicLong();

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return respond(exception.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        boolean body = errors.stream().anyMatch(error -> error.in().equals("body"));
        ProblemType type = body ? ProblemType.INVALID_BODY : ProblemType.INVALID_PARAMETER;
        String detail = errors.stream().map(error -> error.field() + " " + error.detail())
                .collect(Collectors.joining("; ", "Invalid request: ", "."));
        return respond(new Problem(type.uri(), type.title(), 400, detail, null, errors), uri);
    }

    /** More specific than RESTEasy Reactive's own mapper for these, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(com.fasterxml.jackson.core.JsonParseException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        String field = exception instanceof JsonMappingException mapping ? FieldPaths.of(mapping) : "";
        String detail = field.isEmpty()
                ? "The request body is not valid JSON."
                : "The request body has an invalid value for '" + field + "'.";
        String fieldDetail = exception instanceof InvalidFormatException format
                && StorableText.isRefused(format) ? StorableText.REFUSAL : "has an invalid value or type";
        List<Problem.FieldError> errors = field.isEmpty()
                ? List.of()
                : List.of(new Problem.FieldError(field, "body", fieldDetail));
        return respond(new Problem(ProblemType.INVALID_BODY.uri(), ProblemType.INVALID_BODY.title(), 400, detail,
                null, errors), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.HTTP_ERROR;
        };
        if (status >= 500) {
            Log.errorf(exception, "Request %s failed with status %d", uri.getPath(), status);
        }
        String title = type == ProblemType.HTTP_ERROR
                ? Response.Status.fromStatusCode(status) == null ? "HTTP error" : Response.Status.fromStatusCode(status).getReasonPhrase()
                : type.title();
        Problem problem = new Problem(type.uri(), title, status, detailFor(type, uri), null, List.of());
        Response.ResponseBuilder response = Response.status(status)
                .type(PROBLEM_JSON)
                .entity(problem.withInstance(uri.getPath()));
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    /** The search engine unreachable, timing out or overloaded: the same 503 as a database outage. */
    @ServerExceptionMapper
    public Response dependencyUnavailable(DependencyUnavailableException exception, UriInfo uri) {
        long now = System.nanoTime();
        long last = unavailableLoggedAt.get();
        long unlogged = unavailableUnlogged.incrementAndGet();
        if ((last == 0 || now - last > UNAVAILABLE_LOG_INTERVAL_NANOS) && unavailableLoggedAt.compareAndSet(last, now)) {
            // One line per outage and then one per interval, not one per request
            unavailableUnlogged.addAndGet(-unlogged);
            Log.warnf("%s unavailable while serving %s (%d such answers since the last report): %s",
                    exception.dependency(), uri.getPath(), unlogged, exception.getMessage());
        }
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        return Response.fromResponse(respond(new Problem(type.uri(), type.title(), 503, exception.dependency()
                        + " is unreachable or overloaded right now; please retry shortly.", null, List.of()), uri))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (DatabaseOutage.isCause(exception)) {
            Log.warnf("Database unavailable while serving %s: %s", uri.getPath(), DatabaseOutage.describe(exception));
            ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
            return Response.fromResponse(respond(new Problem(type.uri(), type.title(), 503,
                            "The database is unreachable right now; please retry shortly.", null, List.of()), uri))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (DatabaseOutage.isUnstorableText(exception)) {
            ProblemType type = ProblemType.BAD_REQUEST;
            return respond(new Problem(type.uri(), type.title(), 400, "The request contains a character that cannot "
                    + "be stored or searched, such as NUL (U+0000).", null, List.of()), uri);
        }
        Log.errorf(exception, "Unexpected failure on %s", uri.getPath());
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return respond(new Problem(type.uri(), type.title(), 500,
                "The server failed to answer this request. It has been logged; please try again later.", null,
                List.of()), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(PROBLEM_JSON))
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    private static String detailFor(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is found at " + uri.getPath() + ".";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + uri.getPath() + ".";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be served here.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's Content-Type is not accepted here.";
            case SERVICE_UNAVAILABLE -> "The service cannot answer right now; please try again shortly.";
            case BAD_REQUEST -> "The request could not be understood.";
            default -> "The request failed.";
        };
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String property = FieldPaths.propertyPath(violation);
        return property.isEmpty()
                ? new Problem.FieldError(FieldPaths.parameter(violation), "query", violation.getMessage())
                : new Problem.FieldError(property, "body", violation.getMessage());
    }
}
