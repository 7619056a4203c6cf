package io.verbatim.api;

import io.verbatim.domain.FieldLengths;
import io.verbatim.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;

/**
 * The longest speaker and topic keys in paths and the longest {@code If-Match}/{@code If-None-Match} lists, checked
 * before any resource runs (a 400 naming the parameter) and declared in the contract by {@link LimitsOpenApiFilter}.
 */
public class ParameterLengths {

    /** Path parameters that hold a speaker's id or slug, or a topic's slug, with their longest value. */
    static final Map<String, Integer> PATH_KEYS = Map.of(
            "idOrSlug", FieldLengths.SPEAKER_SLUG,
            "slug", FieldLengths.TOPIC_SLUG);
    /** An ETag is at most 49 characters ({@code "<uuid>-<version>"}): room for twenty. */
    static final int MAX_CONDITION = 1000;
    static final int MAX_ETAG = 2 + FieldLengths.UUID + 1 + 10;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        PATH_KEYS.forEach((name, max) -> {
            String value = request.getUriInfo().getPathParameters().getFirst(name);
            if (value != null && value.length() > max) {
                throw ProblemException.invalidParameter(name, "path", "must be at most " + max + " characters");
            }
        });
        for (String header : new String[] {HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH}) {
            String value = request.getHeaderString(header);
            if (value != null && value.length() > MAX_CONDITION) {
                throw ProblemException.invalidParameter(header, "header",
                        "must be at most " + MAX_CONDITION + " characters");
            }
        }
    }
}
