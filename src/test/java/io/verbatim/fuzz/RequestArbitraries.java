package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds, for one operation of the document, a jqwik arbitrary of whole requests: path and query parameters,
 * conditional headers, a body in one of its media types, Accept, and credentials, each valid or broken on purpose.
 * Writes only ever address resources the fuzzer created itself; reads address anything it has seen.
 */
final class RequestArbitraries {

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

    RequestArbitraries(OpenApiDocument document, IdPools pools, Credentials credentials) {
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

    Arbitrary<FuzzRequest> requests(OpenApiDocument.Operation operation, List<OpenApiDocument.Operation> all) {
        boolean writes = operation.mutates();
        Arbitrary<Map<String, Part>> path = pathParameters(operation, writes);
        Arbitrary<List<Part>> query = queryParameters(operation, writes);
        Arbitrary<Part> body = body(operation, all, writes);
        Arbitrary<Part> auth = auth(operation.secured());
        Arbitrary<Part> accept = accept(operation);
        Arbitrary<Integer> conditional = Arbitraries.integers().between(0, 99);
        return Combinators.combine(path, query, body, auth, accept, conditional).as((pathParts, queryParts, bodyPart,
                authPart, acceptPart, conditionalChoice) -> {
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
        });
    }

    private Arbitrary<Map<String, Part>> pathParameters(OpenApiDocument.Operation operation, boolean writes) {
        String collection = collection(operation.path());
        List<Arbitrary<Tuple.Tuple2<String, Part>>> parts = new ArrayList<>();
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("path")) {
                continue;
            }
            Arbitrary<Integer> pick = Arbitraries.integers().between(0, Integer.MAX_VALUE);
            Arbitrary<Part> known = pick.map(i -> {
                String id = writes ? pools.owned(collection, i) : pools.seen(collection, i);
                return id == null ? new Part(List.of(), UUID.randomUUID().toString(), null, "random-uuid")
                        : new Part(List.of(), encodeSegment(id), null, writes ? "owned" : "known");
            });
            Arbitrary<Part> valid = values.valid(parameter.schema(), writes)
                    .map(v -> new Part(List.of(), encodeSegment(text(v)), null, "generated"));
            Arbitrary<Part> nasty = Arbitraries.of(NASTY_SEGMENTS).map(s -> new Part(List.of(), s, null, "nasty"));
            Arbitrary<Part> value = Arbitraries.frequencyOf(Tuple.of(16, known), Tuple.of(2, valid), Tuple.of(2, nasty));
            parts.add(value.map(v -> Tuple.of(parameter.name(), v)));
        }
        if (parts.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        return Combinators.combine(parts).as(list -> list.stream()
                .collect(Collectors.toMap(Tuple.Tuple2::get1, Tuple.Tuple2::get2, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
    }

    /** At most one query parameter broken (half the time none), so that most requests get past validation. */
    private Arbitrary<List<Part>> queryParameters(OpenApiDocument.Operation operation, boolean writes) {
        List<Arbitrary<Tuple.Tuple2<Part, Part>>> parts = new ArrayList<>();
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            String name = parameter.name();
            Arbitrary<Part> valid = values.valid(parameter.schema(), writes).map(v -> new Part(List.of(),
                    queryPairs(name, v), null, ""));
            Arbitrary<Part> absent = Arbitraries.just(Part.of(""));
            Arbitrary<Part> fine = parameter.required() ? valid
                    : Arbitraries.frequencyOf(Tuple.of(4, absent), Tuple.of(1, valid));
            Arbitrary<Part> broken = Arbitraries.frequencyOf(
                    Tuple.of(6, values.invalid(parameter.schema(), writes).map(v -> new Part(List.of(),
                            queryPairs(name, v), null, name + ":invalid"))),
                    Tuple.of(1, Arbitraries.just(new Part(List.of(), encode(name) + "=", null, name + ":empty"))),
                    Tuple.of(parameter.required() ? 2 : 0, Arbitraries.just(Part.of(name + ":missing"))));
            parts.add(Combinators.combine(fine, broken).as(Tuple::of));
        }
        int count = parts.size();
        Arbitrary<Integer> brokenIndex = Arbitraries.integers().between(0, Math.max(1, 2 * count) - 1);
        Arbitrary<Boolean> unknown = Arbitraries.of(true, false, false, false, false, false, false, false);
        if (parts.isEmpty()) {
            return unknown.map(u -> u ? List.of(new Part(List.of(), "fuzzUnknown=1", null, "unknown-parameter"))
                    : List.of());
        }
        return Combinators.combine(Combinators.combine(parts).as(List::copyOf), brokenIndex, unknown)
                .as((pairs, broken, extra) -> {
                    List<Part> chosen = new ArrayList<>();
                    for (int i = 0; i < pairs.size(); i++) {
                        chosen.add(i == broken ? pairs.get(i).get2() : pairs.get(i).get1());
                    }
                    if (extra) {
                        chosen.add(new Part(List.of(), "fuzzUnknown=1", null, "unknown-parameter"));
                    }
                    return chosen;
                });
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

    private Arbitrary<Part> body(OpenApiDocument.Operation operation, List<OpenApiDocument.Operation> all,
                                 boolean writes) {
        if (operation.bodyMedia().isEmpty()) {
            return Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.just(Part.of(""))),
                    Tuple.of(1, Arbitraries.just(new Part(List.of(Map.entry("Content-Type", "application/json")), "",
                            "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8), "unexpected-body"))));
        }
        List<Arbitrary<Part>> byMedia = new ArrayList<>();
        for (Map.Entry<String, JsonNode> media : operation.bodyMedia().entrySet()) {
            byMedia.add(bodyIn(media.getKey(), schemaFor(operation, media.getValue(), all), writes));
        }
        Arbitrary<Part> wellFormed = Arbitraries.oneOf(byMedia);
        Arbitrary<Part> garbage = Arbitraries.of(GarbageBodies.ALL).map(g -> new Part(
                List.of(Map.entry("Content-Type", operation.bodyMedia().keySet().iterator().next())), "", g.bytes(),
                "garbage-body:" + g.name()));
        Arbitrary<Part> wrongType = Combinators.combine(wellFormed,
                        Arbitraries.of("text/plain", "application/xml", "application/json", "application/x-ndjson",
                                "multipart/form-data; boundary=x", "application/octet-stream", "none", "garbage/"))
                .as((part, type) -> new Part(type.equals("none") ? List.of() : List.of(Map.entry("Content-Type", type)),
                        "", part.body(), "content-type:" + type));
        Arbitrary<Part> missing = Arbitraries.just(Part.of("no-body"));
        return Arbitraries.frequencyOf(Tuple.of(26, wellFormed), Tuple.of(2, garbage), Tuple.of(1, wrongType),
                Tuple.of(1, missing));
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

    private Arbitrary<Part> bodyIn(String mediaType, JsonNode schema, boolean writes) {
        List<Map.Entry<String, String>> contentType = List.of(Map.entry("Content-Type", mediaType));
        if (mediaType.contains("json") && !mediaType.contains("ndjson")) {
            Arbitrary<Part> valid = values.valid(schema, writes).map(v -> new Part(contentType, "", bytes(v), "valid-body"));
            Arbitrary<Part> invalid = values.invalid(schema, writes).map(v -> new Part(contentType, "", bytes(v),
                    "invalid-body"));
            return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(2, invalid));
        }
        Optional<JsonNode> lineSchema = lineSchema();
        if (lineSchema.isEmpty()) {
            return values.valid(schema, writes).map(v -> new Part(contentType, "", text(v).getBytes(StandardCharsets.UTF_8),
                    "text-body"));
        }
        Arbitrary<JsonNode> line = Arbitraries.frequencyOf(Tuple.of(3, values.valid(lineSchema.get(), true)),
                Tuple.of(1, values.invalid(lineSchema.get(), true)));
        Arbitrary<List<JsonNode>> lines = line.list().ofMinSize(0).ofMaxSize(4);
        if (mediaType.contains("csv")) {
            return lines.map(l -> new Part(contentType, "", CsvBodies.csv(l).getBytes(StandardCharsets.UTF_8),
                    "csv-lines:" + l.size()));
        }
        return Combinators.combine(lines, Arbitraries.of("", "\n", "\n\n", "\nnot json\n", "\n{}\n", "\n[1,2]\n"))
                .as((l, extra) -> new Part(contentType, "", (l.stream().map(JsonNode::toString)
                        .collect(Collectors.joining("\n")) + extra).getBytes(StandardCharsets.UTF_8),
                        "ndjson-lines:" + l.size() + (extra.isBlank() ? "" : "+junk")));
    }

    /** The schema of one line of a line-oriented body (NDJSON, CSV): the component schema named *Line. */
    private Optional<JsonNode> lineSchema() {
        return document.componentSchemaEndingWith("Line");
    }

    private Arbitrary<Part> auth(boolean secured) {
        Part admin = new Part(List.of(Map.entry("Authorization", "Bearer " + credentials.admin())), "", null,
                "admin-bearer");
        Part adminHeader = new Part(List.of(Map.entry("X-API-Key", credentials.admin())), "", null, "admin-x-api-key");
        Part editor = new Part(List.of(Map.entry("Authorization", "Bearer " + credentials.editor())), "", null,
                "editor");
        Part none = Part.of("anonymous");
        Part wrong = new Part(List.of(Map.entry("Authorization", "Bearer vbk_not-a-real-key")), "", null, "wrong-key");
        Arbitrary<Part> malformed = Arbitraries.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer ", "bearer x",
                        "Bearer " + "k".repeat(5000), "Bearer vbk_" + credentials.admin(), "Digest x")
                .map(value -> new Part(List.of(Map.entry("Authorization", value)), "", null, "malformed-auth"));
        if (secured) {
            return Arbitraries.frequencyOf(Tuple.of(65, Arbitraries.just(admin)), Tuple.of(10, Arbitraries.just(adminHeader)),
                    Tuple.of(10, Arbitraries.just(editor)), Tuple.of(6, Arbitraries.just(none)),
                    Tuple.of(6, Arbitraries.just(wrong)), Tuple.of(3, malformed));
        }
        return Arbitraries.frequencyOf(Tuple.of(80, Arbitraries.just(none)), Tuple.of(10, Arbitraries.just(admin)),
                Tuple.of(6, Arbitraries.just(wrong)), Tuple.of(4, malformed));
    }

    private Arbitrary<Part> accept(OpenApiDocument.Operation operation) {
        List<String> types = new ArrayList<>(List.of("application/json", "application/problem+json", "text/html",
                "*/*", "application/xml", "garbage", "text/*;q=0.5, application/json;q=0.9"));
        operation.responses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        Arbitrary<Part> some = Arbitraries.of(types).map(type -> new Part(List.of(Map.entry("Accept", type)), "", null,
                "accept:" + type));
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Part.of(""))), Tuple.of(1, some));
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
