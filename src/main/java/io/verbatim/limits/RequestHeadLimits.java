package io.verbatim.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * The longest request line (414) and header block (431) the service takes, answered as problems before anything else
 * runs. Vert.x itself would answer a bare 414 or 431 from its decoder, before any route, so its own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) are set far above these: what lies
 * between is refused here, with a body.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** The request line: method, target and version, as Vert.x's default (4,096 bytes). */
    public static final int MAX_REQUEST_LINE = 4096;
    /** Every header line together (name, ": ", value), as Quarkus's default (20 KB). */
    public static final int MAX_HEADERS = 20 * 1024;

    private final ObjectMapper json;

    public RequestHeadLimits(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RateLimitFilter.ROUTE_ORDER - 2).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (line > MAX_REQUEST_LINE) {
            refuse(context, ProblemType.URI_TOO_LONG, "The request line is " + line + " characters; at most "
                    + MAX_REQUEST_LINE + " are accepted. Send fewer or shorter query parameters.");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length();
        }
        if (headers > MAX_HEADERS) {
            refuse(context, ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE, "The request headers take " + headers
                    + " characters; at most " + MAX_HEADERS + " are accepted.");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        String path = context.request().path();
        // The instance is the path only, cut: a problem never echoes a flood
        String instance = path == null ? null : path.length() > 200 ? path.substring(0, 199) + "…" : path;
        ProblemResponses.end(ProblemResponses.prepare(context, type).putHeader(HttpHeaders.CONNECTION, "close"),
                json, type, detail, instance);
    }
}
