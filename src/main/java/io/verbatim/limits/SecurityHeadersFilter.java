package io.verbatim.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.problem.ProblemType;
import io.verbatim.security.ApiKeyAuthenticationMechanism;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * On every request, first of the application's routes: refuses {@code TRACE} (and {@code TRACK}) with a 405 problem,
 * and marks every answer to a request that carries an API key {@code Cache-Control: no-store}, so that no shared
 * cache keeps what a key was shown. ({@code X-Content-Type-Options} is set by {@code quarkus.http.header}; Vert.x
 * sends no {@code Server} header.)
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    private final ObjectMapper json;

    public SecurityHeadersFilter(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RateLimitFilter.ROUTE_ORDER - 1).handler(this::filter);
    }

    void filter(RoutingContext context) {
        String method = context.request().method().name();
        if (method.equals("TRACE") || method.equals("TRACK")) {
            ProblemType type = ProblemType.METHOD_NOT_ALLOWED;
            ProblemResponses.end(ProblemResponses.prepare(context, type)
                            .putHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"),
                    json, type, method + " is not allowed on this service.", context.request().path());
            return;
        }
        if (ApiKeyAuthenticationMechanism.presentedSecret(context) != null) {
            context.addHeadersEndHandler(ignored -> context.response().headers()
                    .set(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
        context.next();
    }
}
