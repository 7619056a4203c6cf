package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * jqwik arbitraries for values of a schema of the document: valid ones (from the schema's examples, formats, enums
 * and bounds) and invalid ones (one targeted mutation of a valid value: wrong type, too long, out of range, missing
 * required, unknown property, broken pattern or format...). For requests that write, example strings get a random
 * suffix where the schema allows it, so that the fuzzer's writes never land on data other tests read.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final OpenApiDocument document;
    private final IdPools pools;

    SchemaValues(OpenApiDocument document, IdPools pools) {
        this.document = document;
        this.pools = pools;
    }

    Arbitrary<JsonNode> valid(JsonNode rawSchema, boolean writes) {
        return valid(rawSchema, writes, 0);
    }

    private Arbitrary<JsonNode> valid(JsonNode rawSchema, boolean writes, int depth) {
        JsonNode schema = flatten(rawSchema);
        if (schema.has("const")) {
            return Arbitraries.just(schema.get("const"));
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            List<JsonNode> options = new ArrayList<>();
            schema.get("enum").forEach(options::add);
            return Arbitraries.of(options);
        }
        List<String> types = types(schema);
        List<Arbitrary<JsonNode>> choices = new ArrayList<>();
        for (String type : types) {
            if (!type.equals("null")) {
                choices.add(ofType(type, schema, writes, depth));
            }
        }
        if (choices.isEmpty()) {
            return Arbitraries.just(JSON.nullNode());
        }
        Arbitrary<JsonNode> value = Arbitraries.oneOf(choices);
        return types.contains("null") ? value.injectNull(0.15).map(v -> v == null ? JSON.nullNode() : v) : value;
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

    private Arbitrary<JsonNode> ofType(String type, JsonNode schema, boolean writes, int depth) {
        return switch (type) {
            case "string" -> validString(schema, writes).map(JSON::textNode);
            case "integer" -> Arbitraries.longs()
                    .between(schema.path("minimum").asLong(-1000), schema.path("maximum").asLong(100_000))
                    .map(JSON::numberNode);
            case "number" -> Arbitraries.doubles()
                    .between(schema.path("minimum").asDouble(-1000), schema.path("maximum").asDouble(100_000))
                    .map(JSON::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(JSON::booleanNode);
            case "array" -> validArray(schema, writes, depth);
            case "object" -> validObject(schema, writes, depth);
            default -> Arbitraries.just(JSON.nullNode());
        };
    }

    private Arbitrary<JsonNode> validArray(JsonNode schema, boolean writes, int depth) {
        if (depth >= MAX_DEPTH) {
            return Arbitraries.just(JSON.arrayNode());
        }
        int max = Math.min(schema.path("maxItems").asInt(3), 3);
        int min = Math.min(schema.path("minItems").asInt(0), max);
        return valid(schema.path("items"), writes, depth + 1).list().ofMinSize(min).ofMaxSize(max)
                .map(items -> {
                    ArrayNode array = JSON.arrayNode();
                    items.forEach(array::add);
                    return array;
                });
    }

    private Arbitrary<JsonNode> validObject(JsonNode schema, boolean writes, int depth) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Arbitrary<Tuple.Tuple2<String, JsonNode>>> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            boolean mandatory = required.contains(name);
            if (depth >= MAX_DEPTH && !mandatory) {
                continue;
            }
            Arbitrary<JsonNode> value = valid(property.getValue(), writes, depth + 1);
            Arbitrary<Tuple.Tuple2<String, JsonNode>> entry = value.map(v -> Tuple.of(name, v));
            properties.add(mandatory ? entry : entry.injectNull(0.5));
        }
        if (properties.isEmpty()) {
            return Arbitraries.just(JSON.objectNode());
        }
        return Combinators.combine(properties).as(entries -> {
            ObjectNode object = JSON.objectNode();
            entries.forEach(entry -> {
                if (entry != null) {
                    object.set(entry.get1(), entry.get2());
                }
            });
            return object;
        });
    }

    Arbitrary<String> validString(JsonNode schema, boolean writes) {
        int maxLength = schema.path("maxLength").asInt(60);
        int minLength = schema.path("minLength").asInt(1);
        String format = schema.path("format").asText("");
        Arbitrary<String> generated = switch (format) {
            case "date" -> Arbitraries.integers().between(0, 60_000)
                    .map(days -> LocalDate.of(1900, 1, 1).plusDays(days).toString());
            case "date-time" -> Arbitraries.longs().between(0, 4_000_000_000L)
                    .map(seconds -> Instant.ofEpochSecond(seconds).toString());
            case "uuid" -> Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString());
            default -> Arbitraries.strings().alpha().numeric().withChars(" -'.éüßЖ中")
                    .ofMinLength(Math.max(1, minLength)).ofMaxLength(Math.max(1, Math.min(maxLength, 40)));
        };
        List<String> examples = examples(schema);
        Arbitrary<String> suffix = Arbitraries.strings().withCharRange('a', 'z').ofLength(6);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<String> fromExamples = examples.isEmpty() ? generated
                : Combinators.combine(Arbitraries.of(examples), suffix, Arbitraries.integers().between(0, 99_999))
                .as((example, letters, digits) -> writes ? fresh(example, letters, digits, schema) : example);
        Arbitrary<String> owned = pick.map(i -> Optional.ofNullable(pools.owned("", i)).orElse("zz-none"));
        Arbitrary<String> choice = writes
                ? Arbitraries.frequencyOf(Tuple.of(5, generated), Tuple.of(4, fromExamples), Tuple.of(1, owned))
                : Arbitraries.frequencyOf(Tuple.of(4, generated), Tuple.of(6, fromExamples));
        return Combinators.combine(choice, fromExamples).as((value, fallback) ->
                allowed(value, schema) ? value : allowed(fallback, schema) ? fallback : value);
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
    Arbitrary<JsonNode> invalid(JsonNode schema, boolean writes) {
        return Combinators.combine(valid(schema, writes), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((value, where, how) -> Mutations.mutate(this, value, schema, where, how));
    }
}
