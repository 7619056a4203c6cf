package io.verbatim.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.verbatim.security.ApiKeyAuthenticationMechanism;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Security and concurrency failures as problem details: Quarkus Security reports them with its own exceptions, which
 * would otherwise answer with an empty body.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, UriInfo uri) {
        return challenge("Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return challenge("The API key is unknown or revoked.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemMappers.respond(problem(ProblemType.FORBIDDEN,
                "This API key's role does not allow this request."), uri);
    }

    /** Two writers raced past the If-Match check: the later one is stale. */
    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException exception, UriInfo uri) {
        return ProblemMappers.respond(problem(ProblemType.PRECONDITION_FAILED,
                "The resource changed while this request was applied; read it again and retry."), uri);
    }

    private static Response challenge(String detail, UriInfo uri) {
        Response problem = ProblemMappers.respond(problem(ProblemType.UNAUTHORIZED, detail), uri);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyAuthenticationMechanism.CHALLENGE)
                .build();
    }

    private static Problem problem(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }
}
