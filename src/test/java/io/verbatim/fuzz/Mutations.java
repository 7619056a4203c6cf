package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One mutation of a JSON value against its schema, at a place and of a kind chosen by the caller's numbers. */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Strings no field should choke on, though most should refuse them. */
    static final List<String> NASTY_STRINGS = List.of("", " ", "\t\n", "\u0000", "a\u0000b", "\uD800", "\uFFFF",
            "'; DROP TABLE statement; --", "%00", "../../etc/passwd", "<script>alert(1)</script>", "${jndi:x}",
            "\u202Eevil", "😀😀😀", "null", "0", "-1", "1e999", "NaN", "true", "[]", "{}", "\\", "\"", "%",
            "2024-02-30", "0000-00-00", "+999999999-12-31", "-0001-01-01", "9999-99-99",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "Q0", "Q", "x".repeat(513));

    private record Place(JsonNode schema, JsonNode value, Consumer<JsonNode> replace) {
    }

    private Mutations() {
    }

    static JsonNode mutate(SchemaValues values, JsonNode value, JsonNode schema, int where, int how) {
        JsonNode[] root = {value};
        List<Place> places = new ArrayList<>();
        collect(values, schema, value, replacement -> root[0] = replacement, places, 0);
        Place place = places.get(Math.floorMod(where, places.size()));
        place.replace().accept(mutation(values.flatten(place.schema()), place.value(), how));
        return root[0];
    }

    private static void collect(SchemaValues values, JsonNode rawSchema, JsonNode value, Consumer<JsonNode> replace,
                                List<Place> places, int depth) {
        JsonNode schema = values.flatten(rawSchema);
        places.add(new Place(schema, value, replace));
        if (depth > 8) {
            return;
        }
        if (value instanceof ObjectNode object) {
            schema.path("properties").properties().forEach(property -> {
                if (object.has(property.getKey())) {
                    collect(values, property.getValue(), object.get(property.getKey()),
                            replacement -> object.set(property.getKey(), replacement), places, depth + 1);
                }
            });
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                collect(values, schema.path("items"), array.get(i), replacement -> array.set(index, replacement),
                        places, depth + 1);
            }
        }
    }

    private static JsonNode mutation(JsonNode schema, JsonNode value, int how) {
        List<JsonNode> options = new ArrayList<>(List.of(
                JSON.numberNode(how % 1000), JSON.booleanNode(true), JSON.textNode("fuzz"), JSON.arrayNode(),
                JSON.objectNode(), JSON.nullNode(), JSON.numberNode(new BigDecimal("1e400")),
                JSON.numberNode(new BigInteger("99999999999999999999999")), JSON.numberNode(-2.5)));
        NASTY_STRINGS.forEach(s -> options.add(JSON.textNode(s)));
        int maxLength = schema.path("maxLength").asInt(0);
        if (maxLength > 0) {
            options.add(JSON.textNode("y".repeat(maxLength + 1)));
            options.add(JSON.textNode("é".repeat(maxLength + 1)));
        } else if (SchemaValues.types(schema).contains("string")) {
            options.add(JSON.textNode("z".repeat(20_000)));
        }
        if (schema.has("maximum")) {
            options.add(JSON.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
        }
        if (schema.has("minimum")) {
            options.add(JSON.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
        }
        if (schema.has("enum")) {
            options.add(JSON.textNode(schema.get("enum").path(0).asText().toLowerCase() + "x"));
        }
        if (value instanceof ObjectNode object) {
            ObjectNode extra = object.deepCopy();
            extra.put("unknownFuzzProperty", 1);
            options.add(extra);
            schema.path("required").forEach(required -> {
                ObjectNode missing = object.deepCopy();
                missing.remove(required.asText());
                options.add(missing);
            });
        }
        if (value instanceof ArrayNode array && schema.has("maxItems")) {
            ArrayNode tooMany = JSON.arrayNode();
            for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                tooMany.add(array.isEmpty() ? JSON.textNode("item" + i) : array.get(i % array.size()).deepCopy());
            }
            options.add(tooMany);
        }
        return options.get(Math.floorMod(how, options.size()));
    }
}
