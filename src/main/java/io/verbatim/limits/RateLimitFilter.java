package io.verbatim.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.problem.ProblemType;
import io.verbatim.security.ApiKeyAuthenticationMechanism;
import io.verbatim.security.ApiKeySecrets;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Rate limits every /api/v1 request before authentication and before the resources (a Vert.x route), by client: the
 * API key's id when the presented key has authenticated before (see {@link VerifiedKeys}), else the client IP
 * (behind a proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} so that this is the real client's).
 * Limited routes carry {@code RateLimit-Policy} and {@code RateLimit}; a refused request gets a 429 problem with
 * {@code Retry-After}. Nothing under /q/ is limited.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** After Quarkus's header and CORS handlers, before authentication and the REST resources. */
    static final int ROUTE_ORDER = -100;

    private final RateLimiter limiter;
    private final VerifiedKeys verifiedKeys;
    private final ObjectMapper json;
    private final boolean enabled;

    public RateLimitFilter(RateLimiter limiter, VerifiedKeys verifiedKeys, ObjectMapper json, VerbatimConfig config) {
        this.limiter = limiter;
        this.verifiedKeys = verifiedKeys;
        this.json = json;
        this.enabled = config.rateLimit().enabled();
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route("/api/*").order(ROUTE_ORDER).handler(this::limit);
        }
    }

    void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<RouteClass> routeClass = RouteClass.of(request.method().name(), request.path(), request.getParam("q"));
        if (routeClass.isEmpty()) {
            context.next();
            return;
        }
        RateLimiter.Decision decision = limiter.tryAcquire(clientOf(context), routeClass.get());
        context.response()
                .putHeader("RateLimit-Policy", decision.policyHeader())
                .putHeader("RateLimit", decision.rateLimitHeader());
        if (decision.allowed()) {
            context.next();
            return;
        }
        refuse(context, routeClass.get(), decision);
    }

    private String clientOf(RoutingContext context) {
        String secret = ApiKeyAuthenticationMechanism.presentedSecret(context);
        if (secret != null) {
            Optional<String> key = verifiedKeys.idOf(ApiKeySecrets.hash(secret)).map(id -> "key " + id);
            if (key.isPresent()) {
                return key.get();
            }
        }
        SocketAddress address = context.request().remoteAddress();
        return "ip " + (address == null ? "unknown" : address.hostAddress());
    }

    private void refuse(RoutingContext context, RouteClass routeClass, RateLimiter.Decision decision) {
        ProblemType type = ProblemType.TOO_MANY_REQUESTS;
        ProblemResponses.end(ProblemResponses.prepare(context, type)
                        .putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds())),
                json, type,
                "Too many " + routeClass.name().toLowerCase() + " requests from this client: at most "
                        + decision.perMinute() + " a minute (bursts of " + decision.burst() + "). Retry in "
                        + decision.retryAfterSeconds() + " s.",
                context.request().path());
    }
}
