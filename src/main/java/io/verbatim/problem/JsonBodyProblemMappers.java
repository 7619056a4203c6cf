package io.verbatim.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Jackson's input mismatches (an enumeration not written exactly, an unknown field) as problems naming the field:
 * Quarkus ships a mapper for these more specific exceptions that would otherwise answer with its own JSON.
 */
public class JsonBodyProblemMappers {

    private final ProblemMappers mappers = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return mappers.unreadableJson(exception, uri);
    }
}
