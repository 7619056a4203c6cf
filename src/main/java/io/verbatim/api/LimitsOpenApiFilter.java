package io.verbatim.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Documents what the Vert.x filters of {@code io.verbatim.limits} do to every /api/v1 operation, in one place: the
 * rate-limit headers on successful answers, 429 with {@code Retry-After}, and 413 for oversized bodies (not on
 * {@code POST /import}, which has its own cap).
 */
public class LimitsOpenApiFilter implements OASFilter {

    private static final String API = "/api/v1/";
    private static final String IMPORT = "/api/v1/import";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader("Retry-After", header("Whole seconds to wait before a token is back (at least 1).",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
        components.addHeader("RateLimit-Policy", header("The client's quota for this class of route (IETF draft "
                        + "RateLimit header fields): tokens per 60-second window and the burst the bucket holds, "
                        + "e.g. `1200;w=60;burst=200`.",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addHeader("RateLimit", header("What is left of the client's bucket: `limit` (the burst), "
                        + "`remaining` tokens, `reset` seconds until it is full again, "
                        + "e.g. `limit=200, remaining=142, reset=17`.",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addResponse("TooManyRequests", problem(
                "This client spent its tokens for this class of route (reads, search, writes, import); retry after"
                        + " `Retry-After` seconds.",
                "/problems/too-many-requests", "Too many requests", 429,
                "Too many reads requests from this client: at most 1200 a minute (bursts of 200). Retry in 1 s.")
                .addHeader("Retry-After", headerRef("Retry-After"))
                .addHeader("RateLimit-Policy", headerRef("RateLimit-Policy"))
                .addHeader("RateLimit", headerRef("RateLimit")));
        components.addResponse("PayloadTooLarge", problem(
                "The declared request body (`Content-Length`) is over the limit of 1 MB (`VERBATIM_MAX_BODY_SIZE`).",
                "/problems/payload-too-large", "Request body too large", 413,
                "The request body is 2097152 bytes; at most 1048576 are accepted here."));

        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(API)) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getRef() == null) {
                response.addHeader("RateLimit-Policy", headerRef("RateLimit-Policy"));
                response.addHeader("RateLimit", headerRef("RateLimit"));
            }
        });
        operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (hasBody && operation.getRequestBody() != null && !path.equals(IMPORT)) {
            operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
        }
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
                                .example(Map.of("type", type, "title", title, "status", status, "detail", detail,
                                        "instance", "/api/v1/statements"))));
    }
}
