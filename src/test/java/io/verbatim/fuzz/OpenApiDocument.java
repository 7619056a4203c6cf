package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The committed OpenAPI document, read as a tree: its operations, and local {@code $ref}s resolved on demand. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument read(Path file) throws IOException {
        return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
    }

    public String version() {
        return root.path("openapi").asText();
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            JsonNode item = deref(path.getValue());
            for (Map.Entry<String, JsonNode> entry : item.properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                for (JsonNode parameter : item.path("parameters")) {
                    Parameter p = parameter(parameter);
                    parameters.put(p.in() + ":" + p.name(), p);
                }
                for (JsonNode parameter : op.path("parameters")) {
                    Parameter p = parameter(parameter);
                    parameters.put(p.in() + ":" + p.name(), p);
                }
                JsonNode body = deref(op.path("requestBody"));
                Map<String, JsonNode> bodyMedia = new LinkedHashMap<>();
                body.path("content").properties().forEach(media -> bodyMedia.put(media.getKey(),
                        media.getValue().path("schema")));
                JsonNode security = op.has("security") ? op.get("security") : root.path("security");
                boolean secured = false;
                for (JsonNode requirement : security) {
                    secured |= !requirement.isEmpty();
                }
                Map<String, JsonNode> responses = new LinkedHashMap<>();
                op.path("responses").properties().forEach(r -> responses.put(r.getKey(), deref(r.getValue())));
                operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(),
                        List.copyOf(parameters.values()), bodyMedia, body.path("required").asBoolean(false),
                        secured, responses));
            }
        }
        return operations;
    }

    private Parameter parameter(JsonNode node) {
        JsonNode parameter = deref(node);
        return new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                parameter.path("required").asBoolean(false), withExamples(parameter));
    }

    /** The parameter's schema, with the parameter's own example(s) as schema examples (of its items, for a list). */
    private JsonNode withExamples(JsonNode parameter) {
        List<JsonNode> examples = new ArrayList<>();
        if (parameter.has("example")) {
            examples.add(parameter.get("example"));
        }
        parameter.path("examples").forEach(example -> {
            if (example.has("value")) {
                examples.add(example.get("value"));
            }
        });
        JsonNode schema = deref(parameter.path("schema"));
        if (examples.isEmpty() || !schema.isObject() || schema.has("examples")) {
            return parameter.path("schema");
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        ObjectNode target = copy;
        if (copy.path("items").isObject()) {
            target = ((ObjectNode) deref(copy.get("items"))).deepCopy();
            copy.set("items", target);
        }
        target.putArray("examples").addAll(examples);
        return copy;
    }

    /** Follows a local reference ({@code #/components/...}); other nodes are returned as they are. */
    public JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("Only local references are supported: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("Unresolvable reference " + ref);
            }
            if (current.size() == 1) {
                current = target;
            } else {
                // OpenAPI 3.1 (JSON Schema 2020-12): keywords beside $ref apply too; merge them over the target
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                current.properties().forEach(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                current = merged;
            }
        }
        return current;
    }

    /** The schema that a response of this status and media type must match, if the document gives one. */
    public Optional<JsonNode> responseSchema(Operation operation, int status, String mediaType) {
        JsonNode response = operation.responses().get(String.valueOf(status));
        if (response == null) {
            response = operation.responses().get(status / 100 + "XX");
        }
        if (response == null) {
            return Optional.empty();
        }
        JsonNode media = response.path("content").path(mediaType);
        return media.has("schema") ? Optional.of(media.get("schema")) : Optional.empty();
    }

    /** The first component schema whose name ends with this, e.g. the line schema of a line-oriented body. */
    public Optional<JsonNode> componentSchemaEndingWith(String suffix) {
        for (Map.Entry<String, JsonNode> schema : root.path("components").path("schemas").properties()) {
            if (schema.getKey().endsWith(suffix)) {
                return Optional.of(schema.getValue());
            }
        }
        return Optional.empty();
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodyMedia,
                            boolean bodyRequired, boolean secured, Map<String, JsonNode> responses) {

        public String name() {
            return method + " " + path;
        }

        public boolean mutates() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }
}
