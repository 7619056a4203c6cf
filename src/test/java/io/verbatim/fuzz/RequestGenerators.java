package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds, for one operation of the document, a generator ({@link Gen}) of whole requests: path and query parameters,
 * conditional headers, a body in one of its media types, Accept, and credentials, each valid or broken on purpose.
 * Writes only ever address resources the fuzzer created itself; reads address anything it has seen.
 */
final class RequestGenerators {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NASTY_SEGMENTS = List.of("%00", "%2F", "..", "%20", "a%2Fb", "x".repeat(3000),
            "%E9", "%C3%A9t%C3%A9", "null", "-1", "0", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
            "%27%3B%20DROP%20TABLE%20statement%3B--", "%F0%9F%98%80", "~", "a.b", "A", "%25");

    private final OpenApiDocument document;
    private final SchemaValues values;
    private final IdPools pools;
    private final Credentials credentials;

    /** The keys the fuzzer may send: the admin's, an editor's, and one that authenticates nothing. */
    record Credentials(String admin, String editor) {
    }

    private record Part(List<Map.Entry<String, String>> headers, String text, byte[] body, String variant) {
        static Part of(String variant) {
            return new Part(List.of(), "", null, variant);
        }
    }

    RequestGenerators(OpenApiDocument document, IdPools pools, Credentials credentials) {
        this.document = document;
        this.values = new SchemaValues(document, pools);
        this.pools = pools;
        this.credentials = credentials;
    }

    /** The path segment naming the collection an operation works on: the one before its first path parameter. */
    static String collection(String path) {
        String[] segments = path.split("/");
        String last = null;
        for (String segment : segments) {
            if (segment.startsWith("{")) {
                return last;
            }
            if (!segment.isEmpty()) {
                last = segment;
            }
        }
        return last;
    }

    Gen<FuzzRequest> requests(OpenApiDocument.Operation operation, List<OpenApiDocument.Operation> all) {
        boolean writes = operation.mutates();
        Gen<Map<String, Part>> path = pathParameters(operation, writes);
        Gen<List<Part>> query = queryParameters(operation, writes);
        Gen<Part> body = body(operation, all, writes);
        Gen<Part> auth = auth(operation.secured());
        Gen<Part> accept = accept(operation);
        Gen<Integer> conditional = Gen.ints(0, 99);
        return random -> {
            Map<String, Part> pathParts = path.next(random);
            List<Part> queryParts = query.next(random);
            Part bodyPart = body.next(random);
            Part authPart = auth.next(random);
            Part acceptPart = accept.next(random);
            int conditionalChoice = conditional.next(random);
            List<String> variants = new ArrayList<>();
            String resource = operation.path();
            for (Map.Entry<String, Part> parameter : pathParts.entrySet()) {
                resource = resource.replace("{" + parameter.getKey() + "}", parameter.getValue().text());
                variants.add(parameter.getKey() + ":" + parameter.getValue().variant());
            }
            String resourcePath = resource;
            String queryString = queryParts.stream().map(Part::text).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining("&"));
            queryParts.stream().map(Part::variant).filter(v -> !v.isEmpty()).forEach(variants::add);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (OpenApiDocument.Parameter parameter : operation.parameters()) {
                if (parameter.in().equals("header")) {
                    Part header = header(parameter, resourcePath, conditionalChoice);
                    headers.addAll(header.headers());
                    variants.add(header.variant());
                }
            }
            headers.addAll(bodyPart.headers());
            headers.addAll(authPart.headers());
            headers.addAll(acceptPart.headers());
            variants.add(bodyPart.variant());
            variants.add(authPart.variant());
            variants.add(acceptPart.variant());
            variants.removeIf(String::isEmpty);
            String target = resourcePath + (queryString.isEmpty() ? "" : "?" + queryString);
            return new FuzzRequest(operation, operation.method(), target, resourcePath, headers, bodyPart.body(),
                    variants);
        };
    }

    private Gen<Map<String, Part>> pathParameters(OpenApiDocument.Operation operation, boolean writes) {
        String collection = collection(operation.path());
        List<Gen<Map.Entry<String, Part>>> parts = new ArrayList<>();
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path")) {
                continue;
            }
            Gen<Integer> pick = Gen.ints(0, Integer.MAX_VALUE);
            Gen<Part> known = pick.map(i -> {
                String id = writes ? pools.owned(collection, i) : pools.seen(collection, i);
                return id == null ? new Part(List.of(), UUID.randomUUID().toString(), null, "random-uuid")
                        : new Part(List.of(), encodeSegment(id), null, writes ? "owned" : "known");
            });
            Gen<Part> valid = values.valid(parameter.schema(), writes)
                    .map(v -> new Part(List.of(), encodeSegment(text(v)), null, "generated"));
            Gen<Part> nasty = Gen.of(NASTY_SEGMENTS).map(s -> new Part(List.of(), s, null, "nasty"));
            Gen<Part> value = Gen.frequency(Gen.weight(16, known), Gen.weight(2, valid), Gen.weight(2, nasty));
            parts.add(value.map(v -> Map.entry(parameter.name(), v)));
        }
        if (parts.isEmpty()) {
            return Gen.just(Map.of());
        }
        return Gen.all(parts).map(list -> list.stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
    }

    /** At most one query parameter broken (half the time none), so that most requests get past validation. */
    private Gen<List<Part>> queryParameters(OpenApiDocument.Operation operation, boolean writes) {
        List<Gen<List<Part>>> parts = new ArrayList<>();
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            String name = parameter.name();
            Gen<Part> valid = values.valid(parameter.schema(), writes).map(v -> new Part(List.of(),
                    queryPairs(name, v), null, ""));
            Gen<Part> absent = Gen.just(Part.of(""));
            Gen<Part> fine = parameter.required() ? valid
                    : Gen.frequency(Gen.weight(4, absent), Gen.weight(1, valid));
            Gen<Part> broken = Gen.frequency(
                    Gen.weight(6, values.invalid(parameter.schema(), writes).map(v -> new Part(List.of(),
                            queryPairs(name, v), null, name + ":invalid"))),
                    Gen.weight(1, Gen.just(new Part(List.of(), encode(name) + "=", null, name + ":empty"))),
                    Gen.weight(parameter.required() ? 2 : 0, Gen.just(Part.of(name + ":missing"))));
            parts.add(random -> List.of(fine.next(random), broken.next(random)));
        }
        int count = parts.size();
        Gen<Integer> brokenIndex = Gen.ints(0, Math.max(1, 2 * count) - 1);
        Gen<Boolean> unknown = Gen.of(true, false, false, false, false, false, false, false);
        if (parts.isEmpty()) {
            return unknown.map(u -> u ? List.of(new Part(List.of(), "fuzzUnknown=1", null, "unknown-parameter"))
                    : List.of());
        }
        Gen<List<List<Part>>> all = Gen.all(parts);
        return random -> {
            List<List<Part>> pairs = all.next(random);
            int broken = brokenIndex.next(random);
            boolean extra = unknown.next(random);
            List<Part> chosen = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                chosen.add(pairs.get(i).get(i == broken ? 1 : 0));
            }
            if (extra) {
                chosen.add(new Part(List.of(), "fuzzUnknown=1", null, "unknown-parameter"));
            }
            return chosen;
        };
    }

    private static String queryPairs(String name, JsonNode value) {
        List<String> pairs = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> pairs.add(encode(name) + "=" + encode(text(item))));
        } else {
            pairs.add(encode(name) + "=" + encode(text(value)));
        }
        return String.join("&", pairs);
    }

    private Part header(OpenApiDocument.Parameter parameter, String resourcePath, int choice) {
        String name = parameter.name();
        boolean etag = name.equalsIgnoreCase("If-Match") || name.equalsIgnoreCase("If-None-Match");
        if (!etag) {
            return choice < 30 ? Part.of("") : new Part(List.of(Map.entry(name, "fuzz-" + choice)), "", null, name);
        }
        String known = pools.etag(resourcePath);
        String value;
        String variant;
        if (choice < 55 && known != null) {
            value = known;
            variant = name + ":current";
        } else if (choice < 65) {
            value = "*";
            variant = name + ":*";
        } else if (choice < 75) {
            value = "\"0\"";
            variant = name + ":stale";
        } else if (choice < 85) {
            value = choice % 2 == 0 ? "not-an-etag" : "W/\"" + "9".repeat(40) + "\"";
            variant = name + ":garbage";
        } else {
            return Part.of(name + ":absent");
        }
        return new Part(List.of(Map.entry(name, value)), "", null, variant);
    }

    private Gen<Part> body(OpenApiDocument.Operation operation, List<OpenApiDocument.Operation> all,
                                 boolean writes) {
        if (operation.bodyMedia().isEmpty()) {
            return Gen.frequency(Gen.weight(19, Gen.just(Part.of(""))),
                    Gen.weight(1, Gen.just(new Part(List.of(Map.entry("Content-Type", "application/json")), "",
                            "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8), "unexpected-body"))));
        }
        List<Gen<Part>> byMedia = new ArrayList<>();
        for (Map.Entry<String, JsonNode> media : operation.bodyMedia().entrySet()) {
            byMedia.add(bodyIn(media.getKey(), schemaFor(operation, media.getValue(), all), writes));
        }
        Gen<Part> wellFormed = Gen.oneOf(byMedia);
        Gen<Part> garbage = Gen.of(GarbageBodies.ALL).map(g -> new Part(
                List.of(Map.entry("Content-Type", operation.bodyMedia().keySet().iterator().next())), "", g.bytes(),
                "garbage-body:" + g.name()));
        Gen<String> types = Gen.of("text/plain", "application/xml", "application/json", "application/x-ndjson",
                "multipart/form-data; boundary=x", "application/octet-stream", "none", "garbage/");
        Gen<Part> wrongType = random -> {
            Part part = wellFormed.next(random);
            String type = types.next(random);
            return new Part(type.equals("none") ? List.of() : List.of(Map.entry("Content-Type", type)), "", part.body(),
                    "content-type:" + type);
        };
        Gen<Part> missing = Gen.just(Part.of("no-body"));
        return Gen.frequency(Gen.weight(26, wellFormed), Gen.weight(2, garbage), Gen.weight(1, wrongType),
                Gen.weight(1, missing));
    }

    /**
     * A merge patch documented as a bare object gets the schema of the JSON body that another operation on the same
     * path takes (its PUT), with nothing required.
     */
    private JsonNode schemaFor(OpenApiDocument.Operation operation, JsonNode schema, List<OpenApiDocument.Operation> all) {
        JsonNode flat = values.flatten(schema);
        if (flat.has("properties") || !operation.bodyMedia().containsKey("application/merge-patch+json")) {
            return schema;
        }
        for (OpenApiDocument.Operation other : all) {
            JsonNode sibling = other.bodyMedia().get("application/json");
            if (other.path().equals(operation.path()) && sibling != null) {
                ObjectNode partial = (ObjectNode) values.flatten(sibling).deepCopy();
                partial.remove("required");
                return partial;
            }
        }
        return schema;
    }

    private Gen<Part> bodyIn(String mediaType, JsonNode schema, boolean writes) {
        List<Map.Entry<String, String>> contentType = List.of(Map.entry("Content-Type", mediaType));
        if (mediaType.contains("json") && !mediaType.contains("ndjson")) {
            Gen<Part> valid = values.valid(schema, writes).map(v -> new Part(contentType, "", bytes(v), "valid-body"));
            Gen<Part> invalid = values.invalid(schema, writes).map(v -> new Part(contentType, "", bytes(v),
                    "invalid-body"));
            return Gen.frequency(Gen.weight(3, valid), Gen.weight(2, invalid));
        }
        Optional<JsonNode> lineSchema = lineSchema();
        if (lineSchema.isEmpty()) {
            return values.valid(schema, writes).map(v -> new Part(contentType, "", text(v).getBytes(StandardCharsets.UTF_8),
                    "text-body"));
        }
        Gen<JsonNode> line = Gen.frequency(Gen.weight(3, values.valid(lineSchema.get(), true)),
                Gen.weight(1, values.invalid(lineSchema.get(), true)));
        Gen<List<JsonNode>> lines = line.list(0, 4);
        if (mediaType.contains("csv")) {
            return lines.map(l -> new Part(contentType, "", CsvBodies.csv(l).getBytes(StandardCharsets.UTF_8),
                    "csv-lines:" + l.size()));
        }
        Gen<String> extras = Gen.of("", "\n", "\n\n", "\nnot json\n", "\n{}\n", "\n[1,2]\n");
        return random -> {
            List<JsonNode> l = lines.next(random);
            String extra = extras.next(random);
            return new Part(contentType, "", (l.stream().map(JsonNode::toString)
                    .collect(Collectors.joining("\n")) + extra).getBytes(StandardCharsets.UTF_8),
                    "ndjson-lines:" + l.size() + (extra.isBlank() ? "" : "+junk"));
        };
    }

    /** The schema of one line of a line-oriented body (NDJSON, CSV): the component schema named *Line. */
    private Optional<JsonNode> lineSchema() {
        return document.componentSchemaEndingWith("Line");
    }

    private Gen<Part> auth(boolean secured) {
        Part admin = new Part(List.of(Map.entry("Authorization", "Bearer " + credentials.admin())), "", null,
                "admin-bearer");
        Part adminHeader = new Part(List.of(Map.entry("X-API-Key", credentials.admin())), "", null, "admin-x-api-key");
        Part editor = new Part(List.of(Map.entry("Authorization", "Bearer " + credentials.editor())), "", null,
                "editor");
        Part none = Part.of("anonymous");
        Part wrong = new Part(List.of(Map.entry("Authorization", "Bearer vbk_not-a-real-key")), "", null, "wrong-key");
        Gen<Part> malformed = Gen.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer ", "bearer x",
                        "Bearer " + "k".repeat(5000), "Bearer vbk_" + credentials.admin(), "Digest x")
                .map(value -> new Part(List.of(Map.entry("Authorization", value)), "", null, "malformed-auth"));
        if (secured) {
            return Gen.frequency(Gen.weight(65, Gen.just(admin)), Gen.weight(10, Gen.just(adminHeader)),
                    Gen.weight(10, Gen.just(editor)), Gen.weight(6, Gen.just(none)),
                    Gen.weight(6, Gen.just(wrong)), Gen.weight(3, malformed));
        }
        return Gen.frequency(Gen.weight(80, Gen.just(none)), Gen.weight(10, Gen.just(admin)),
                Gen.weight(6, Gen.just(wrong)), Gen.weight(4, malformed));
    }

    private Gen<Part> accept(OpenApiDocument.Operation operation) {
        List<String> types = new ArrayList<>(List.of("application/json", "application/problem+json", "text/html",
                "*/*", "application/xml", "garbage", "text/*;q=0.5, application/json;q=0.9"));
        operation.responses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        Gen<Part> some = Gen.of(types).map(type -> new Part(List.of(Map.entry("Accept", type)), "", null,
                "accept:" + type));
        return Gen.frequency(Gen.weight(9, Gen.just(Part.of(""))), Gen.weight(1, some));
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static byte[] bytes(JsonNode value) {
        try {
            // through a String: a lone surrogate becomes '?' instead of failing the generator
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String encodeSegment(String text) {
        return encode(text).replace("+", "%20");
    }
}
