package io.verbatim.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemMappers;
import io.verbatim.problem.ProblemType;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Ends a Vert.x request with a problem details body, for the filters that answer before any resource runs. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static HttpServerResponse prepare(RoutingContext context, ProblemType type) {
        return context.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON);
    }

    static void end(HttpServerResponse response, ObjectMapper json, ProblemType type, String detail, String path) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, path, List.of());
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            Log.error("Could not write a problem body", e);
            response.end("{\"status\":" + type.status() + "}");
        }
    }
}
