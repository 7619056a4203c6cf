package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the OpenAPI 3.1 document (JSON Schema 2020-12), for the keywords such a
 * spec uses: types, enum/const, string, number, array and object constraints, the date, date-time and uuid formats,
 * and the anyOf/oneOf/allOf/not combinators. A keyword it does not know is reported as a violation, so that a richer
 * spec cannot pass unchecked.
 */
public final class SchemaChecker {

    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "examples", "example", "default",
            "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "$comment", "$schema", "$id", "discriminator",
            "contentMediaType", "contentEncoding", "$ref", "nullable");
    private static final Set<String> KNOWN = Set.of("type", "enum", "const", "minLength", "maxLength", "pattern",
            "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "minItems",
            "maxItems", "uniqueItems", "properties", "required", "additionalProperties", "minProperties",
            "maxProperties", "anyOf", "oneOf", "allOf", "not");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final OpenApiDocument document;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public SchemaChecker(OpenApiDocument document) {
        this.document = document;
    }

    /** The violations of the schema by this value, each with the JSON pointer where it occurs; empty if it is valid. */
    public List<String> violations(JsonNode value, JsonNode schema) {
        List<String> violations = new ArrayList<>();
        check("", value, schema, violations);
        return violations;
    }

    private void check(String at, JsonNode value, JsonNode rawSchema, List<String> out) {
        if (rawSchema.isBoolean()) {
            if (!rawSchema.asBoolean()) {
                out.add(at + ": no value is allowed here");
            }
            return;
        }
        JsonNode schema = document.deref(rawSchema);
        if (value.isNull() && schema.path("nullable").asBoolean(false)) {
            return;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode arg = keyword.getValue();
            if (ANNOTATIONS.contains(name) || name.startsWith("x-")) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                out.add(at + ": the schema checker does not know the keyword '" + name + "'");
                continue;
            }
            checkKeyword(at, value, name, arg, schema, out);
        }
    }

    private void checkKeyword(String at, JsonNode value, String name, JsonNode arg, JsonNode schema,
                              List<String> out) {
        switch (name) {
            case "type" -> {
                boolean matches = false;
                if (arg.isArray()) {
                    for (JsonNode type : arg) {
                        matches |= hasType(value, type.asText());
                    }
                } else {
                    matches = hasType(value, arg.asText());
                }
                if (!matches) {
                    out.add(at + ": expected type " + arg + " but got " + value.getNodeType().name().toLowerCase());
                }
            }
            case "enum" -> {
                boolean found = false;
                for (JsonNode option : arg) {
                    found |= sameValue(option, value);
                }
                if (!found) {
                    out.add(at + ": " + brief(value) + " is not one of " + arg);
                }
            }
            case "const" -> {
                if (!sameValue(arg, value)) {
                    out.add(at + ": " + brief(value) + " is not " + arg);
                }
            }
            case "minLength", "maxLength", "pattern", "format" -> checkString(at, value, name, arg, out);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                    checkNumber(at, value, name, arg, out);
            case "items", "minItems", "maxItems", "uniqueItems" -> checkArray(at, value, name, arg, out);
            case "properties", "required", "additionalProperties", "minProperties", "maxProperties" ->
                    checkObject(at, value, name, arg, schema, out);
            case "anyOf", "oneOf" -> {
                int matching = 0;
                for (JsonNode option : arg) {
                    if (violations(value, option).isEmpty()) {
                        matching++;
                    }
                }
                if (matching == 0 || (name.equals("oneOf") && matching > 1)) {
                    out.add(at + ": " + brief(value) + " matches " + matching + " of the " + name + " schemas");
                }
            }
            case "allOf" -> {
                for (JsonNode part : arg) {
                    check(at, value, part, out);
                }
            }
            case "not" -> {
                if (violations(value, arg).isEmpty()) {
                    out.add(at + ": " + brief(value) + " matches a schema it must not match");
                }
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private void checkString(String at, JsonNode value, String name, JsonNode arg, List<String> out) {
        if (!value.isTextual()) {
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        switch (name) {
            case "minLength" -> {
                if (length < arg.asInt()) {
                    out.add(at + ": shorter than " + arg.asInt());
                }
            }
            case "maxLength" -> {
                if (length > arg.asInt()) {
                    out.add(at + ": longer than " + arg.asInt());
                }
            }
            case "pattern" -> {
                if (!pattern(arg.asText()).matcher(text).find()) {
                    out.add(at + ": " + brief(value) + " does not match " + arg.asText());
                }
            }
            default -> {
                if (!hasFormat(text, arg.asText())) {
                    out.add(at + ": " + brief(value) + " is not a " + arg.asText());
                }
            }
        }
    }

    private static void checkNumber(String at, JsonNode value, String name, JsonNode arg, List<String> out) {
        if (!value.isNumber()) {
            return;
        }
        BigDecimal number = value.decimalValue();
        BigDecimal bound = arg.decimalValue();
        boolean ok = switch (name) {
            case "minimum" -> number.compareTo(bound) >= 0;
            case "maximum" -> number.compareTo(bound) <= 0;
            case "exclusiveMinimum" -> number.compareTo(bound) > 0;
            case "exclusiveMaximum" -> number.compareTo(bound) < 0;
            default -> bound.signum() == 0 || number.remainder(bound).signum() == 0;
        };
        if (!ok) {
            out.add(at + ": " + number + " breaks " + name + " " + bound);
        }
    }

    private void checkArray(String at, JsonNode value, String name, JsonNode arg, List<String> out) {
        if (!value.isArray()) {
            return;
        }
        switch (name) {
            case "items" -> {
                for (int i = 0; i < value.size(); i++) {
                    check(at + "/" + i, value.get(i), arg, out);
                }
            }
            case "minItems" -> {
                if (value.size() < arg.asInt()) {
                    out.add(at + ": fewer than " + arg.asInt() + " items");
                }
            }
            case "maxItems" -> {
                if (value.size() > arg.asInt()) {
                    out.add(at + ": more than " + arg.asInt() + " items");
                }
            }
            default -> {
                Set<JsonNode> seen = new HashSet<>();
                for (JsonNode item : value) {
                    if (arg.asBoolean() && !seen.add(item)) {
                        out.add(at + ": duplicate item " + brief(item));
                    }
                }
            }
        }
    }

    private void checkObject(String at, JsonNode value, String name, JsonNode arg, JsonNode schema,
                             List<String> out) {
        if (!value.isObject()) {
            return;
        }
        switch (name) {
            case "properties" -> arg.properties().forEach(property -> {
                if (value.has(property.getKey())) {
                    check(at + "/" + property.getKey(), value.get(property.getKey()), property.getValue(), out);
                }
            });
            case "required" -> arg.forEach(required -> {
                if (!value.has(required.asText())) {
                    out.add(at + ": required property '" + required.asText() + "' is missing");
                }
            });
            case "additionalProperties" -> value.properties().forEach(property -> {
                if (!schema.path("properties").has(property.getKey())) {
                    check(at + "/" + property.getKey(), property.getValue(), arg, out);
                }
            });
            case "minProperties" -> {
                if (value.size() < arg.asInt()) {
                    out.add(at + ": fewer than " + arg.asInt() + " properties");
                }
            }
            default -> {
                if (value.size() > arg.asInt()) {
                    out.add(at + ": more than " + arg.asInt() + " properties");
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean hasFormat(String text, String format) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> {
                    return UUID.matcher(text).matches();
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return expected.equals(value);
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, Pattern::compile);
    }

    private static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
