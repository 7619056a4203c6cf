package io.verbatim.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, with a 413 problem and before reading it, a request body whose declared {@code Content-Length} is over
 * {@code verbatim.max-body-size}, everywhere under /api/ except {@code POST /api/v1/import}, which streams bodies up
 * to {@code quarkus.http.limits.max-body-size}. (A chunked body without Content-Length is bounded by that global
 * limit only.)
 */
@ApplicationScoped
public class BodySizeFilter {

    static final String IMPORT = "/api/v1/import";

    private final ObjectMapper json;
    private final long maxBytes;

    public BodySizeFilter(ObjectMapper json, VerbatimConfig config) {
        this.json = json;
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RateLimitFilter.ROUTE_ORDER + 1).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || isImport(request)) {
            context.next();
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            context.next();
            return;
        }
        if (bytes <= maxBytes) {
            context.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        // The body is not read: close the connection after the answer rather than drain it
        ProblemResponses.end(ProblemResponses.prepare(context, type).putHeader(HttpHeaders.CONNECTION, "close"), json,
                type, "The request body is " + bytes + " bytes; at most " + maxBytes + " are accepted here.",
                request.path());
    }

    private static boolean isImport(HttpServerRequest request) {
        String path = request.path();
        return request.method().name().equals("POST") && (path.equals(IMPORT) || path.equals(IMPORT + "/")
                || path.equals(IMPORT + "/reviews"));
    }
}
