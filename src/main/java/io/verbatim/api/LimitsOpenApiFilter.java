package io.verbatim.api;

import io.verbatim.domain.FieldLengths;
import io.verbatim.limits.RequestHeadLimits;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents what the Vert.x filters of {@code io.verbatim.limits} and Quarkus's CORS handler do to every /api/v1
 * operation, in one place: the rate-limit headers and {@code Access-Control-Allow-Origin} on every answer, 429 with
 * {@code Retry-After}, 414 and 431 for an over-long request line or header block ({@link RequestHeadLimits}), 413 for
 * oversized bodies (not on {@code POST /import}, which has its own cap), 500 and 503
 * problems (see {@code ProblemMappers}), the longest headers and path keys accepted ({@link ParameterLengths}), and
 * the 400 for an undeclared query parameter ({@link UnknownQueryParameters}).
 * Then {@link SchemaDetails} finishes the schemas.
 */
public class LimitsOpenApiFilter implements OASFilter {

    private static final String API = "/api/v1/";
    private static final String IMPORT = "/api/v1/import";
    private static final String STATEMENTS = "/api/v1/statements";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** Request headers may take 20 KB in all ({@link RequestHeadLimits}); an echoed one no more. */
    private static final int MAX_REQUEST_HEADERS = RequestHeadLimits.MAX_HEADERS;
    /** An absolute URL: the request's host, its path (a request line is at most 4,096 bytes) and an id or slug. */
    private static final int MAX_LOCATION = MAX_REQUEST_HEADERS + RequestHeadLimits.MAX_REQUEST_LINE + 1
            + ParameterLengths.PATH_KEYS.get("idOrSlug");
    /** A policy is two ints ({@code 1200;w=60;burst=200}); what is left, three numbers of at most 19 digits. */
    private static final int MAX_POLICY = 64;
    private static final int MAX_RATE_LIMIT = 100;
    /** Bucket4j's wait for one token: at most the minute over which the slowest class refills. */
    private static final String MAX_RETRY_AFTER = "60";
    static final String UNKNOWN_PARAMETER = "A query parameter the operation does not declare (a typo such as "
            + "`speakr`) is refused too: `errors` names it and the closest declared name.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        CurationResponses.apply(openAPI);
        Components components = openAPI.getComponents();
        components.addHeader("Retry-After", header("Whole seconds to wait before a token is back (at least 1).",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(new BigDecimal(MAX_RETRY_AFTER))));
        components.addHeader("RateLimit-Policy", header("The client's quota for this class of route (IETF draft "
                        + "RateLimit header fields): tokens per 60-second window and the burst the bucket holds, "
                        + "e.g. `1200;w=60;burst=200`. Absent when rate limits are turned off.",
                string(MAX_POLICY)));
        components.addHeader("RateLimit", header("What is left of the client's bucket: `limit` (the burst), "
                        + "`remaining` tokens, `reset` seconds until it is full again, "
                        + "e.g. `limit=200, remaining=142, reset=17`. Absent when rate limits are turned off.",
                string(MAX_RATE_LIMIT)));
        components.addHeader(ALLOW_ORIGIN, header("The request's `Origin`, when it is one of the origins allowed by "
                        + "`VERBATIM_CORS_ORIGINS` (none by default, so same-origin only); absent otherwise.",
                string(MAX_REQUEST_HEADERS)));
        components.addResponse("TooManyRequests", withHeaders(problem(
                "This client spent its tokens for this class of route (reads, search, writes, import); retry after"
                        + " `Retry-After` seconds.",
                "/problems/too-many-requests", "Too many requests", 429,
                "Too many reads requests from this client: at most 1200 a minute (bursts of 200). Retry in 1 s.")
                .addHeader("Retry-After", headerRef("Retry-After"))));
        components.addResponse("ServerError", withHeaders(problem(
                "The service failed; the failure is logged, never described.",
                "/problems/internal-error", "Internal server error", 500,
                "The server failed to answer this request. It has been logged; please try again later.")));
        components.addResponse("ServiceUnavailable", withHeaders(problem(
                "The database is unreachable; retry after `Retry-After` seconds.",
                "/problems/service-unavailable", "Service unavailable", 503,
                "The database is unreachable right now; please retry shortly."))
                .addHeader("Retry-After", header("Whole seconds to wait before retrying.",
                        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(new BigDecimal(MAX_RETRY_AFTER)))));
        components.addResponse("SearchUnavailable", withHeaders(searchUnavailable())
                .addHeader("Retry-After", header("Whole seconds to wait before retrying.",
                        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(new BigDecimal(MAX_RETRY_AFTER)))));
        components.addResponse("PayloadTooLarge", withHeaders(problem(
                "The declared request body (`Content-Length`) is over the limit of 1 MB (`VERBATIM_MAX_BODY_SIZE`).",
                "/problems/payload-too-large", "Request body too large", 413,
                "The request body is 2097152 bytes; at most 1048576 are accepted here.")));
        components.addResponse("UriTooLong", withHeaders(problem(
                "The request line (method, path and query) is over " + RequestHeadLimits.MAX_REQUEST_LINE
                        + " characters.",
                "/problems/uri-too-long", "Request line too long", 414,
                "The request line is 5021 characters; at most 4096 are accepted. Send fewer or shorter query "
                        + "parameters.")));
        components.addResponse("HeadersTooLarge", withHeaders(problem(
                "The request headers take more than " + RequestHeadLimits.MAX_HEADERS + " characters in all.",
                "/problems/request-header-fields-too-large", "Request headers too large", 431,
                "The request headers take 30774 characters; at most 20480 are accepted.")));

        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(API)) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        SchemaDetails.apply(openAPI);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getRef() == null) {
                withHeaders(response);
            }
        });
        operation.getResponses().addAPIResponse("414", OASFactory.createAPIResponse().ref("UriTooLong"));
        operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        operation.getResponses().addAPIResponse("431", OASFactory.createAPIResponse().ref("HeadersTooLarge"));
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (hasBody && operation.getRequestBody() != null && !path.equals(IMPORT) && !path.equals(IMPORT + "/reviews")) {
            operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
        }
        operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse().ref("ServerError"));
        boolean search = path.equals(STATEMENTS) && method == PathItem.HttpMethod.GET;
        operation.getResponses().addAPIResponse("503",
                OASFactory.createAPIResponse().ref(search ? "SearchUnavailable" : "ServiceUnavailable"));
        if (operation.getParameters() != null) {
            boolean bounded = false;
            for (Parameter parameter : operation.getParameters()) {
                bounded |= bound(parameter);
            }
            if (bounded && operation.getResponses().getAPIResponse("400") == null) {
                operation.getResponses().addAPIResponse("400", withHeaders(OASFactory.createAPIResponse()
                        .description("A parameter is too long; `errors` names it.")
                        .content(OASFactory.createContent().addMediaType("application/problem+json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))))));
            }
        }
        documentUnknownParameters(operation);
    }

    /** Any query parameter an operation does not declare is a 400 ({@link UnknownQueryParameters}). */
    private static void documentUnknownParameters(Operation operation) {
        APIResponse badRequest = operation.getResponses().getAPIResponse("400");
        if (badRequest == null) {
            badRequest = withHeaders(OASFactory.createAPIResponse().description(UNKNOWN_PARAMETER)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
            operation.getResponses().addAPIResponse("400", badRequest);
        } else if (badRequest.getRef() == null) {
            badRequest.description(badRequest.getDescription() + " " + UNKNOWN_PARAMETER);
        } else {
            return;
        }
        if (badRequest.getContent() == null) {
            return;
        }
        var problem = badRequest.getContent().getMediaType("application/problem+json");
        if (problem != null && problem.getExample() == null) {
            problem.addExample("unknown-parameter", OASFactory.createExample()
                    .summary("A query parameter the operation does not declare")
                    .value(unknownParameterExample()));
        }
    }

    private static Map<String, Object> unknownParameterExample() {
        Map<String, Object> example = example("/problems/invalid-parameter", "Invalid parameter", 400,
                "Unknown query parameter 'speakr' (did you mean 'speaker'?). It accepts attributedTo, cursor, "
                        + "facets, from, kind, language, limit, onBehalfOf, outlet, q, sort, speaker, status, to, "
                        + "topic.");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "speakr");
        error.put("in", "query");
        error.put("detail", UnknownQueryParameters.DETAIL + "; did you mean 'speaker'?");
        example.put("errors", java.util.List.of(error));
        return example;
    }

    /** The rate limiter answers every /api/v1 request, and CORS every request with an allowed Origin. */
    private static APIResponse withHeaders(APIResponse response) {
        response.addHeader("RateLimit-Policy", headerRef("RateLimit-Policy"));
        response.addHeader("RateLimit", headerRef("RateLimit"));
        response.addHeader(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
        response.getHeaders().forEach((name, header) -> {
            if (header.getRef() != null || header.getSchema() == null) {
                return;
            }
            switch (name) {
                case "ETag" -> header.getSchema().maxLength(ParameterLengths.MAX_ETAG);
                case "Location" -> header.getSchema().maxLength(MAX_LOCATION);
                default -> {
                }
            }
        });
        return response;
    }

    /** Declares the longest value {@link ParameterLengths} lets through; true when a longer one is a 400. */
    private static boolean bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || parameter.getRef() != null) {
            return false;
        }
        if (parameter.getIn() == Parameter.In.HEADER
                && (parameter.getName().equals("If-Match") || parameter.getName().equals("If-None-Match"))) {
            schema.maxLength(ParameterLengths.MAX_CONDITION);
            return true;
        }
        if (parameter.getIn() == Parameter.In.PATH) {
            if ("uuid".equals(schema.getFormat())) {
                schema.maxLength(FieldLengths.UUID);
                return true;
            }
            if (ParameterLengths.PATH_KEYS.containsKey(parameter.getName())) {
                schema.maxLength(ParameterLengths.PATH_KEYS.get(parameter.getName()));
                return true;
            }
        }
        return false;
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static APIResponse problem(String description, String type, String title, int status, String detail) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem"))
                                .example(example(type, title, status, detail))));
    }

    /** The statement search's 503: the database, or with VERBATIM_SEARCH_URL set the search engine, cannot serve. */
    private static APIResponse searchUnavailable() {
        return OASFactory.createAPIResponse().description("The database is unreachable, or, with `VERBATIM_SEARCH_URL` "
                        + "set, the search engine (OpenSearch) is unreachable, does not answer in time or is overloaded "
                        + "(it answered 429 or 5xx); retry after `Retry-After` seconds.")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem"))
                                .addExample("database", OASFactory.createExample().summary("PostgreSQL is unreachable")
                                        .value(example("/problems/service-unavailable", "Service unavailable", 503,
                                                "The database is unreachable right now; please retry shortly.")))
                                .addExample("search-engine", OASFactory.createExample()
                                        .summary("OpenSearch is unreachable or overloaded")
                                        .value(example("/problems/service-unavailable", "Service unavailable", 503,
                                                "The search engine is unreachable or overloaded right now; please "
                                                        + "retry shortly.")))));
    }

    /** In the order of a problem body, so that the written document is the same from one build to the next. */
    private static Map<String, Object> example(String type, String title, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/statements");
        return example;
    }
}
