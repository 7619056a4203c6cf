package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error responses every write behind an API key shares, derived from what the operation declares rather than
 * repeated on each resource method: 403 from its security requirement, 404 from a path key, 412 and 428 from its
 * {@code If-Match} header (428 only where it is required), 400 from its body and path key. A response the method
 * declares itself (a particular 400 or 404 text) is left as it is. Run by {@link LimitsOpenApiFilter} first, so that
 * the headers and the unknown-parameter text it adds reach these responses too.
 */
final class CurationResponses {

    private static final String API = "/api/v1/";
    private static final String IF_MATCH = "If-Match";
    private static final String MERGE_PATCH = CurationDocs.MERGE_PATCH_JSON;
    private static final String INVALID_BODY = "The body is invalid; `errors` names each field.";
    private static final String INVALID_BODY_OR_ID = "The body or id is invalid; `errors` names each field.";
    private static final String INVALID_ID = "The id is not a UUID.";
    private static final Map<String, String> KEY_WORDS = Map.of("id", "id", "idOrSlug", "id or slug", "slug", "slug");

    private CurationResponses() {
    }

    static void apply(OpenAPI openAPI) {
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(API)) {
                continue;
            }
            path.getValue().getOperations().forEach((method, operation) -> {
                if (method != PathItem.HttpMethod.GET && secured(operation)) {
                    document(path.getKey(), operation);
                }
            });
        }
    }

    private static boolean secured(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty();
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        Parameter key = pathKey(operation);
        Parameter ifMatch = header(operation, IF_MATCH);
        if (undeclared(responses.getAPIResponse("400"))) {
            badRequest(path, operation, key).ifPresent(response -> responses.addAPIResponse("400", response));
        }
        if (responses.getAPIResponse("403") == null) {
            responses.addAPIResponse("403", problem(CurationDocs.FORBIDDEN, null, null));
        }
        if (key != null && responses.getAPIResponse("404") == null) {
            responses.addAPIResponse("404", problem("No " + noun(path) + " has this "
                    + KEY_WORDS.getOrDefault(key.getName(), key.getName()) + ".", null, null));
        }
        if (ifMatch != null && responses.getAPIResponse("412") == null) {
            boolean required = Boolean.TRUE.equals(ifMatch.getRequired());
            responses.addAPIResponse("412", required
                    ? problem("`If-Match` is not the current `ETag`.", "stale",
                    CurationDocs.PRECONDITION_FAILED_EXAMPLE)
                    : problem("`If-Match` was given and is not the current `ETag`.", null, null));
        }
        if (ifMatch != null && Boolean.TRUE.equals(ifMatch.getRequired()) && responses.getAPIResponse("428") == null) {
            responses.addAPIResponse("428", problem("`If-Match` is missing.", "missing",
                    CurationDocs.PRECONDITION_REQUIRED_EXAMPLE));
        }
        order(responses);
    }

    /** Quarkus adds a bare "Bad Request" to every operation with a body (auto-add-bad-request-response). */
    private static boolean undeclared(APIResponse badRequest) {
        return badRequest == null || badRequest.getContent() == null && "Bad Request".equals(badRequest.getDescription());
    }

    /** A JSON body is checked field by field; a merge patch is checked after it is applied; a UUID key is parsed. */
    private static Optional<APIResponse> badRequest(String path, Operation operation, Parameter key) {
        boolean uuidKey = key != null && key.getSchema() != null && "uuid".equals(key.getSchema().getFormat());
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return uuidKey ? Optional.of(problem(INVALID_ID, null, null)) : Optional.empty();
        }
        Map<String, MediaType> media = operation.getRequestBody().getContent().getMediaTypes();
        String description = media.containsKey(MERGE_PATCH)
                ? "The patch or the patched " + noun(path) + " is invalid."
                : uuidKey ? INVALID_BODY_OR_ID : INVALID_BODY;
        return Optional.of(problem(description, "future", CurationDocs.INVALID_BODY_EXAMPLE));
    }

    /** Answers in the order of their codes, the ones about the key (401, 403) first, as on the class. */
    private static void order(APIResponses responses) {
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        responses.getAPIResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator
                        .comparing((String code) -> !code.equals("401") && !code.equals("403"))
                        .thenComparing(code -> code)))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        responses.setAPIResponses(sorted);
    }

    private static Parameter pathKey(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH).findFirst()
                .orElse(null);
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    /** {@code /api/v1/topics/{slug}} is about a topic. */
    private static String noun(String path) {
        String collection = path.substring(API.length()).split("/")[0];
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }

    private static APIResponse problem(String description, String exampleName, String example) {
        MediaType media = OASFactory.createMediaType();
        if (exampleName != null) {
            media.addExample(exampleName, OASFactory.createExample().value(json(example)));
        }
        media.schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ApiDocs.PROBLEM_JSON, media));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        try {
            return new ObjectMapper().readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example in CurationDocs is not JSON", e);
        }
    }
}
