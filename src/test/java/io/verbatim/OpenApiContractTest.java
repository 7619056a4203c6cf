package io.verbatim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The committed contract in openapi/openapi.yaml is exactly what the service serves, and it is complete. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeExactlyTheCommittedSpec() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(COMMITTED));
        JsonNode served = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        assertThat(differences)
                .withFailMessage("openapi/openapi.yaml differs from the served spec at %s; if the change is intended,"
                        + " run `cp target/openapi/openapi.yaml openapi/openapi.yaml` after the tests and commit it",
                        differences)
                .isEmpty();
        assertThat(served).isEqualTo(committed);
    }

    /** JSON pointers where the two documents differ, to make a drift failure readable. */
    private static void diff(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (differences.size() >= 20 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    differences.add(child + (committed.has(name) ? " (only committed)" : " (only served)"));
                } else {
                    diff(child, committed.get(name), served.get(name), differences);
                }
            }
        } else {
            differences.add(pointer.isEmpty() ? "/" : pointer);
        }
    }

    @Test
    void shouldDocumentEveryOperationWithSummaryDescriptionExampleAndProblems() throws IOException {
        JsonNode spec = YAML.readTree(Files.readString(COMMITTED));
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (!op.hasNonNull("operationId") || !op.hasNonNull("summary") || !op.hasNonNull("description")) {
                    gaps.add(name + ": operationId, summary or description missing");
                }
                gaps.addAll(successGaps(name, op.path("responses")));
                boolean hasProblem = false;
                for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
                    if (response.getKey().startsWith("4")) {
                        hasProblem |= response.getValue().path("content").has("application/problem+json");
                    }
                }
                if (!hasProblem) {
                    gaps.add(name + ": no problem+json error response");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (!parameter.hasNonNull("description")) {
                        gaps.add(name + ": parameter " + parameter.path("name").asText() + " has no description");
                    }
                }
            }
        }
        assertThat(gaps).isEmpty();
    }

    /**
     * A JSON success (200, 201, or 202 for work started) needs an example; a success in another media type (NDJSON, CSV, JSON-LD next to
     * JSON) a schema; an operation without a body to answer needs a documented 204.
     */
    private static List<String> successGaps(String name, JsonNode responses) {
        List<String> gaps = new ArrayList<>();
        JsonNode success = responses.has("200") ? responses.get("200")
                : responses.has("201") ? responses.get("201") : responses.get("202");
        if (success == null) {
            if (!responses.has("204")) {
                gaps.add(name + ": no documented success answer");
            }
            return gaps;
        }
        JsonNode content = success.path("content");
        if (content.isEmpty()) {
            gaps.add(name + ": its success answer has no content");
        }
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            JsonNode body = media.getValue();
            boolean json = media.getKey().equals("application/json");
            if (json && !body.has("examples") && !body.has("example")) {
                gaps.add(name + ": no example of its " + media.getKey() + " success answer");
            }
            if (!json && !body.has("schema") && !body.has("examples") && !body.has("example")) {
                gaps.add(name + ": no schema or example of its " + media.getKey() + " success answer");
            }
        }
        return gaps;
    }

    /** {@code CurationResponses}: the errors of a write behind a key follow from what the operation declares. */
    @Test
    void shouldDocumentTheErrorsOfEveryWriteBehindAKey() throws IOException {
        JsonNode spec = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> gaps = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                if (operation.getKey().equals("get") || op.path("security").isEmpty()) {
                    continue;
                }
                writes++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                List<String> expected = new ArrayList<>(List.of("400", "401", "403"));
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("in").asText().equals("path")) {
                        expected.add("404");
                    }
                    if (parameter.path("name").asText().equals("If-Match")) {
                        expected.add("412");
                        if (parameter.path("required").asBoolean()) {
                            expected.add("428");
                        }
                    }
                }
                for (String code : expected) {
                    JsonNode response = op.path("responses").path(code);
                    if (!response.path("content").has("application/problem+json")
                            || response.path("description").asText().startsWith("Bad Request")) {
                        gaps.add(name + ": " + code + " is not documented as a problem");
                    }
                }
            }
        }
        assertThat(writes).isGreaterThan(20);
        assertThat(gaps).isEmpty();
    }

    @Test
    void shouldDocumentLimitsOfPagingParameters() throws IOException {
        JsonNode spec = YAML.readTree(Files.readString(COMMITTED));
        JsonNode limit = null;
        for (JsonNode parameter : spec.at("/paths/~1api~1v1~1statements/get/parameters")) {
            if (parameter.path("name").asText().equals("limit")) {
                limit = parameter;
            }
        }
        assertThat(limit).isNotNull();
        assertThat(limit.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(100);
        assertThat(limit.at("/schema/default").asInt()).isEqualTo(20);
    }

    @Test
    void shouldServeSwaggerUi() {
        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).containsIgnoringCase("swagger");
    }
}
