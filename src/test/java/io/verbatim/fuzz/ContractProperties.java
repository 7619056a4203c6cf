package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The properties every answer must have, whatever was asked; each broken one is named in the returned list. */
final class ContractProperties {

    /** What must never reach a client: stack frames, exception or class names, SQL, connection strings. */
    private static final Pattern LEAK = Pattern.compile(
            "\\tat |[A-Za-z]+Exception\\b|Exception:|Throwable|java\\.lang\\.|java\\.util\\.|io\\.verbatim\\."
                    + "|org\\.hibernate|org\\.postgresql|org\\.jboss|io\\.quarkus|io\\.vertx|com\\.fasterxml"
                    + "|jakarta\\.(ws|persistence|validation|transaction)|jdbc:|\\bSELECT\\b.+\\bFROM\\b|\\bINSERT INTO\\b|\\bUPDATE\\b.+\\bSET\\b"
                    + "|\\bDELETE FROM\\b|ERROR: +|SQLState|SQL state|constraint \\\"|duplicate key value");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenApiDocument document;
    private final SchemaChecker checker;

    ContractProperties(OpenApiDocument document) {
        this.document = document;
        this.checker = new SchemaChecker(document);
    }

    List<String> broken(OpenApiDocument.Operation operation, int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (status == 0) {
            broken.add("no answer: the connection closed (" + body + ")");
            return broken;
        }
        if (status >= 500) {
            broken.add("server error " + status);
        }
        if (LEAK.matcher(body).find()) {
            broken.add("internal detail in the body: '" + leak(body) + "'");
        }
        if (status >= 400) {
            if (!mediaType.equals("application/problem+json")) {
                broken.add("error " + status + " is " + (mediaType.isEmpty() ? "without Content-Type" : mediaType)
                        + ", not application/problem+json");
            }
            Optional<JsonNode> problem = parse(body);
            if (problem.isEmpty() || problem.get().path("status").asInt(-1) != status) {
                broken.add("error " + status + " has a body whose status is not " + status);
            }
            problem.ifPresent(p -> document.responseSchema(operation, status, "application/problem+json")
                    .ifPresent(schema -> checker.violations(p, schema)
                            .forEach(v -> broken.add("problem does not match its schema: " + v))));
        } else if (status >= 200 && status < 300 && status != 204) {
            checkSuccess(operation, status, mediaType, body, broken);
        }
        return broken;
    }

    private void checkSuccess(OpenApiDocument.Operation operation, int status, String mediaType, String body,
                              List<String> broken) {
        JsonNode response = operation.responses().get(String.valueOf(status));
        if (response == null) {
            response = operation.responses().get("2XX");
        }
        if (response == null) {
            broken.add("status " + status + " is not documented for " + operation.name());
            return;
        }
        if (!response.path("content").has(mediaType)) {
            broken.add("media type '" + mediaType + "' of a " + status + " is not documented for " + operation.name());
            return;
        }
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        Optional<JsonNode> schema = document.responseSchema(operation, status, mediaType);
        if (!json || schema.isEmpty()) {
            return;
        }
        Optional<JsonNode> value = parse(body);
        if (value.isEmpty()) {
            broken.add(status + " " + mediaType + " body is not JSON");
            return;
        }
        checker.violations(value.get(), schema.get()).stream().limit(3)
                .forEach(v -> broken.add(status + " body does not match its schema: " + v));
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return body.isBlank() ? Optional.empty() : Optional.of(MAPPER.readTree(body));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String leak(String body) {
        var matcher = LEAK.matcher(body);
        matcher.find();
        int from = Math.max(0, matcher.start() - 40);
        return body.substring(from, Math.min(body.length(), matcher.end() + 40)).replace('\n', ' ');
    }
}
