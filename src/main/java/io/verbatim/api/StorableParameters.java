package io.verbatim.api;

import io.verbatim.problem.ProblemException;
import io.verbatim.problem.StorableText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Path and query parameters holding a character PostgreSQL cannot compare (NUL), refused before any resource runs
 * with a 400 naming the parameter, instead of failing later in SQL without saying which one.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        refuseUnstorable(request.getUriInfo().getPathParameters(), "path");
        refuseUnstorable(request.getUriInfo().getQueryParameters(), "query");
    }

    private static void refuseUnstorable(MultivaluedMap<String, String> parameters, String in) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    throw ProblemException.invalidParameter(parameter.getKey(), in, StorableText.REFUSAL);
                }
            }
        }
    }
}
