package io.verbatim.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON body into a validated request record: server-set fields are refused by name, unknown fields and bad
 * values fail in Jackson, rules fail in Bean Validation; all of them become 400 problems naming the field.
 */
@ApplicationScoped
public class JsonBodies {

    /** Fields the server sets; a body may not write them. */
    public static final Set<String> SERVER_SET = Set.of("id", "slug", "createdAt", "updatedAt", "version", "status",
            "retractionReason", "statementCount");

    private final ObjectMapper mapper;
    private final Validator validator;

    public JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The body as a valid {@code type}; Jackson's failures are thrown as they are, for the problem mapper. */
    public <T> T read(JsonNode body, Class<T> type) throws JsonProcessingException {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A JSON object is required as the request body.",
                    java.util.List.of());
        }
        if (!body.isObject()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The request body must be a JSON object.",
                    java.util.List.of());
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (SERVER_SET.contains(name)) {
                throw ProblemException.invalidBody(name, "is set by the server and cannot be written");
            }
        }
        T value = mapper.treeToValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    public ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** RFC 7396 JSON Merge Patch: objects merge member by member, null removes, anything else replaces. */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
