package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Generators ({@link Gen}) of values of a schema of the document: valid ones (from the schema's examples, formats, enums
 * and bounds) and invalid ones (one targeted mutation of a valid value: wrong type, too long, out of range, missing
 * required, unknown property, broken pattern or format...). For requests that write, example strings get a random
 * suffix where the schema allows it, so that the fuzzer's writes never land on data other tests read.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'.éüßЖ中";

    private final OpenApiDocument document;
    private final IdPools pools;

    SchemaValues(OpenApiDocument document, IdPools pools) {
        this.document = document;
        this.pools = pools;
    }

    Gen<JsonNode> valid(JsonNode rawSchema, boolean writes) {
        return valid(rawSchema, writes, 0);
    }

    private Gen<JsonNode> valid(JsonNode rawSchema, boolean writes, int depth) {
        JsonNode schema = flatten(rawSchema);
        if (schema.has("const")) {
            return Gen.just(schema.get("const"));
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            List<JsonNode> options = new ArrayList<>();
            schema.get("enum").forEach(options::add);
            return Gen.of(options);
        }
        List<String> types = types(schema);
        List<Gen<JsonNode>> choices = new ArrayList<>();
        for (String type : types) {
            if (!type.equals("null")) {
                choices.add(ofType(type, schema, writes, depth));
            }
        }
        if (choices.isEmpty()) {
            return Gen.just(JSON.nullNode());
        }
        Gen<JsonNode> value = Gen.oneOf(choices);
        return types.contains("null") ? value.orNull(0.15).map(v -> v == null ? JSON.nullNode() : v) : value;
    }

    /** One schema out of $ref, allOf and one branch of anyOf/oneOf (the first non-null one). */
    JsonNode flatten(JsonNode rawSchema) {
        JsonNode schema = document.deref(rawSchema);
        if (!schema.isObject()) {
            return JSON.objectNode();
        }
        ObjectNode merged = ((ObjectNode) schema).deepCopy();
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = merged.remove(combinator);
            if (parts == null) {
                continue;
            }
            for (JsonNode part : parts) {
                JsonNode flat = flatten(part);
                if (combinator.equals("allOf") || !"null".equals(flat.path("type").asText())) {
                    flat.properties().forEach(e -> {
                        if (!e.getKey().equals("type") || !merged.has("type")) {
                            merged.set(e.getKey(), e.getValue());
                        }
                    });
                    if (!combinator.equals("allOf")) {
                        break;
                    }
                }
            }
        }
        return merged;
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        } else if (schema.has("items")) {
            types.add("array");
        } else {
            types.add("string");
        }
        return types;
    }

    private Gen<JsonNode> ofType(String type, JsonNode schema, boolean writes, int depth) {
        return switch (type) {
            case "string" -> validString(schema, writes).map(JSON::textNode);
            case "integer" -> Gen.longs(schema.path("minimum").asLong(-1000), schema.path("maximum").asLong(100_000))
                    .map(JSON::numberNode);
            case "number" -> Gen.doubles(schema.path("minimum").asDouble(-1000), schema.path("maximum").asDouble(100_000))
                    .map(JSON::numberNode);
            case "boolean" -> Gen.of(true, false).map(JSON::booleanNode);
            case "array" -> validArray(schema, writes, depth);
            case "object" -> validObject(schema, writes, depth);
            default -> Gen.just(JSON.nullNode());
        };
    }

    private Gen<JsonNode> validArray(JsonNode schema, boolean writes, int depth) {
        if (depth >= MAX_DEPTH) {
            return Gen.just(JSON.arrayNode());
        }
        int max = Math.min(schema.path("maxItems").asInt(3), 3);
        int min = Math.min(schema.path("minItems").asInt(0), max);
        return valid(schema.path("items"), writes, depth + 1).list(min, max)
                .map(items -> {
                    ArrayNode array = JSON.arrayNode();
                    items.forEach(array::add);
                    return array;
                });
    }

    private Gen<JsonNode> validObject(JsonNode schema, boolean writes, int depth) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Gen<Map.Entry<String, JsonNode>>> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            boolean mandatory = required.contains(name);
            if (depth >= MAX_DEPTH && !mandatory) {
                continue;
            }
            Gen<JsonNode> value = valid(property.getValue(), writes, depth + 1);
            Gen<Map.Entry<String, JsonNode>> entry = value.map(v -> Map.entry(name, v));
            properties.add(mandatory ? entry : entry.orNull(0.5));
        }
        if (properties.isEmpty()) {
            return Gen.just(JSON.objectNode());
        }
        return Gen.all(properties).map(entries -> {
            ObjectNode object = JSON.objectNode();
            entries.forEach(entry -> {
                if (entry != null) {
                    object.set(entry.getKey(), entry.getValue());
                }
            });
            return object;
        });
    }

    Gen<String> validString(JsonNode schema, boolean writes) {
        int maxLength = schema.path("maxLength").asInt(60);
        int minLength = schema.path("minLength").asInt(1);
        String format = schema.path("format").asText("");
        Gen<String> generated = switch (format) {
            case "date" -> Gen.ints(0, 60_000)
                    .map(days -> LocalDate.of(1900, 1, 1).plusDays(days).toString());
            case "date-time" -> Gen.longs(0, 4_000_000_000L)
                    .map(seconds -> Instant.ofEpochSecond(seconds).toString());
            case "uuid" -> random -> new UUID(random.nextLong(), random.nextLong()).toString();
            default -> Gen.strings(LETTERS, Math.max(1, minLength), Math.max(1, Math.min(maxLength, 40)));
        };
        List<String> examples = examples(schema);
        Gen<String> suffix = Gen.strings("abcdefghijklmnopqrstuvwxyz", 6, 6);
        Gen<Integer> pick = Gen.ints(0, Integer.MAX_VALUE);
        Gen<String> example = examples.isEmpty() ? null : Gen.of(examples);
        Gen<Integer> number = Gen.ints(0, 99_999);
        Gen<String> fromExamples = examples.isEmpty() ? generated : random -> {
            String chosen = example.next(random);
            String letters = suffix.next(random);
            int digits = number.next(random);
            return writes ? fresh(chosen, letters, digits, schema) : chosen;
        };
        Gen<String> owned = pick.map(i -> Optional.ofNullable(pools.owned("", i)).orElse("zz-none"));
        Gen<String> choice = writes
                ? Gen.frequency(Gen.weight(5, generated), Gen.weight(4, fromExamples), Gen.weight(1, owned))
                : Gen.frequency(Gen.weight(4, generated), Gen.weight(6, fromExamples));
        return random -> {
            String value = choice.next(random);
            String fallback = fromExamples.next(random);
            return allowed(value, schema) ? value : allowed(fallback, schema) ? fallback : value;
        };
    }

    /** An example made unique (for writes), if a suffix keeps it valid; else the example itself. */
    private String fresh(String example, String letters, int digits, JsonNode schema) {
        for (String candidate : List.of(example + "-" + letters, example + digits, example + letters)) {
            if (allowed(candidate, schema)) {
                return candidate;
            }
        }
        return example;
    }

    static boolean allowed(String value, JsonNode schema) {
        int length = value.codePointCount(0, value.length());
        if (length > schema.path("maxLength").asInt(Integer.MAX_VALUE) || length < schema.path("minLength").asInt(0)) {
            return false;
        }
        return !schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(value).find();
    }

    private static List<String> examples(JsonNode schema) {
        List<String> examples = new ArrayList<>();
        schema.path("examples").forEach(e -> {
            if (e.isTextual()) {
                examples.add(e.asText());
            }
        });
        if (schema.path("example").isTextual()) {
            examples.add(schema.get("example").asText());
        }
        return examples;
    }

    /** A valid value with one mutation at a random place in it, that the schema does not allow (or barely allows). */
    Gen<JsonNode> invalid(JsonNode schema, boolean writes) {
        Gen<JsonNode> valid = valid(schema, writes);
        Gen<Integer> any = Gen.ints(0, Integer.MAX_VALUE);
        return random -> {
            JsonNode value = valid.next(random);
            int where = any.next(random);
            int how = any.next(random);
            return Mutations.mutate(this, value, schema, where, how);
        };
    }
}
