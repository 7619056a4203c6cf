package io.verbatim.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static io.verbatim.curation.ImportResourceTest.IMPORT;
import static io.verbatim.curation.ImportResourceTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** GET /export: exporting and importing again gives the same data, in NDJSON and in CSV. */
@QuarkusTest
class ExportRoundTripTest {

    static final String EXPORT = "/api/v1/export";

    @Inject
    TestData data;

    /** Three statements whose every name, URL and external id carries {@code tag}, so they can be renamed. */
    private void storeRichStatements(String tag) {
        String speaker = "Exported " + tag;
        data.store(
                statement(speaker, "First, with everything.", "2019-03-01")
                        .with("externalId", "rt-" + tag + "-1")
                        .with("kind", "PARAPHRASE").with("language", "fr")
                        .with("speakerRole", "Spokesperson").with("context", "said on radio")
                        .with("onBehalfOf", Map.of("name", "Principal " + tag, "kind", "ORGANIZATION"))
                        .speaker("aliases", List.of("E. " + tag))
                        .speaker("description", "A speaker for " + tag)
                        .speaker("roles", List.of(Map.of("title", "Spokesperson", "organization", "Office " + tag,
                                "from", "2018-01-01")))
                        .topics(topic("Child topic " + tag, "Parent topic " + tag), "Plain topic " + tag)
                        .sources(source("https://news.example.org/" + tag + "/1", "Outlet " + tag, "told radio"),
                                source("https://news.example.org/" + tag + "/2", "Other " + tag, null)),
                statement(speaker, "Second, retracted.", "2019-03-02")
                        .with("externalId", "rt-" + tag + "-2")
                        .with("status", "RETRACTED").with("retractionReason", "Misquoted " + tag)
                        .with("datePrecision", "MONTH")
                        .sources(source("https://news.example.org/" + tag + "/1", "Outlet " + tag, null)),
                statement(speaker, "Third, plain.", "2019-03-03")
                        .with("externalId", "rt-" + tag + "-3")
                        .sources(source("https://news.example.org/" + tag + "/3", "Outlet " + tag, null)));
    }

    private static String export(String tag, String format) {
        return given().queryParam("speaker", Slugs.of("Exported " + tag)).queryParam("status", "all")
                .queryParam("format", format)
                .when().get(EXPORT)
                .then().statusCode(200).extract().asString();
    }

    private static List<String> lines(String body) {
        return Arrays.stream(body.split("\n")).filter(line -> !line.isBlank()).sorted().toList();
    }

    @Test
    void shouldReproduceTheSameDataWhenAnExportIsImportedUnderNewNames() {
        String tag = unique();
        storeRichStatements(tag);
        String exported = export(tag, "ndjson");
        assertThat(lines(exported)).hasSize(3);
        assertThat(exported).contains("\"roles\":[{\"title\":\"Spokesperson\"", "\"parent\":\"Parent topic " + tag,
                "\"onBehalfOf\":{\"name\":\"Principal " + tag, "\"retractionReason\":\"Misquoted " + tag,
                "/" + tag + "/2", "\"language\":\"fr\"", "\"datePrecision\":\"MONTH\"",
                "\"description\":\"A speaker for " + tag);

        String fresh = unique();
        as(ApiKeys.editor()).contentType(ImportResourceTest.NDJSON).body(bytes(exported.replace(tag, fresh)))
                .when().post(IMPORT)
                .then().statusCode(200).body("created", is(3)).body("failed", is(0));

        assertThat(lines(export(fresh, "ndjson").replace(fresh, tag))).isEqualTo(lines(exported));
    }

    @Test
    void shouldFindEveryExportedLineUnchangedWhenImportedAgain() {
        String tag = unique();
        storeRichStatements(tag);
        as(ApiKeys.editor()).contentType(ImportResourceTest.NDJSON).body(bytes(export(tag, "ndjson")))
                .when().post(IMPORT)
                .then().statusCode(200).body("unchanged", is(3)).body("created", is(0)).body("updated", is(0));
    }

    @Test
    void shouldRoundTripCsvForStatementsWithOneSource() {
        String tag = unique();
        data.store(statement("Exported " + tag, "Plain, \"quoted\" words.", "2019-04-01")
                .with("externalId", "csv-rt-" + tag)
                .speaker("aliases", List.of("A " + tag, "B " + tag))
                .topics("Csv topic " + tag, "Second topic " + tag)
                .sources(source("https://news.example.org/" + tag, "Outlet " + tag, "wrote")));
        String csv = export(tag, "csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("externalId,text,kind,language,speakerName");

        as(ApiKeys.editor()).contentType(ImportResourceTest.CSV).body(csv)
                .when().post(IMPORT)
                .then().statusCode(200).body("unchanged", is(1)).body("failed", is(0));

        String fresh = unique();
        as(ApiKeys.editor()).contentType(ImportResourceTest.CSV).body(csv.replace(tag, fresh))
                .when().post(IMPORT)
                .then().statusCode(200).body("created", is(1));
        assertThat(export(fresh, "csv").replace(fresh, tag)).isEqualTo(csv);
    }

    @Test
    void shouldExportEachFieldAsTheStatementReadsById() throws Exception {
        String tag = unique();
        String text = "He said \"no\" \\ then\nleft\tsoon after, caf\u00e9 \uD83D\uDE00 \u0001 " + tag + ".";
        storeRichStatements(tag);
        data.store(statement("Exported " + tag, text, "2019-03-04").with("externalId", "rt-" + tag + "-4")
                .with("onBehalfOf", Map.of("name", "Principal " + tag, "kind", "ORGANIZATION"))
                .with("speakerRole", "Spokesperson").with("context", "said on radio")
                .topics(topic("Child topic " + tag, "Parent topic " + tag), "Plain topic " + tag)
                .sources(source("https://news.example.org/" + tag + "/1", "Outlet " + tag, "told radio"),
                        source("https://news.example.org/" + tag + "/4", "Other " + tag, null)));
        String line = given().queryParam("externalId", "rt-" + tag + "-4").when().get(EXPORT)
                .then().statusCode(200).extract().asString();
        assertThat(line).endsWith("}\n").doesNotContain("null").doesNotContain("\": ")
                .contains("\\\"no\\\" \\\\ then\\nleft\\tsoon after", "\\u0001");
        JsonNode exported = new ObjectMapper().readTree(line);
        String id = given().queryParam("externalId", "rt-" + tag + "-4").when().get("/api/v1/statements")
                .then().statusCode(200).extract().path("items[0].id");
        JsonNode stored = new ObjectMapper().readTree(given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200).extract().asString());

        for (String field : List.of("externalId", "text", "kind", "language", "speakerRole", "saidOn",
                "datePrecision", "context", "status")) {
            assertSameField(exported, stored, field);
        }
        assertThat(exported.get("text").asText()).isEqualTo(text);
        assertThat(exported.has("retractionReason")).isFalse();
        assertThat(exported.at("/speaker/name")).isEqualTo(stored.at("/speaker/name"));
        assertThat(exported.at("/speaker/kind")).isEqualTo(stored.at("/speaker/kind"));
        assertThat(exported.at("/speaker/aliases/0").asText()).isEqualTo("E. " + tag);
        assertThat(exported.at("/speaker/roles/0/organization").asText()).isEqualTo("Office " + tag);
        assertThat(exported.at("/onBehalfOf/name")).isEqualTo(stored.at("/onBehalfOf/name"));
        assertThat(names(exported.get("topics"))).isEqualTo(names(stored.get("topics")));
        assertThat(exported.at("/topics/0/parent").asText()).isEqualTo("Parent topic " + tag);
        assertThat(exported.at("/topics/1").has("parent")).isFalse();
        assertThat(exported.get("sources")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("url", "outlet", "title", "publishedOn", "attribution")) {
                assertSameField(exported.get("sources").get(i), stored.get("sources").get(i), field);
            }
        }
        assertThat(exported.at("/sources/1").has("attribution")).isFalse();
    }

    /**
     * The topics and sources of an exported line are stored pre-built (V20) and kept by triggers: after a topic is
     * renamed, a parent renamed, a topic moved, a source edited, a statement's topics and sources replaced and a
     * statement retracted, every exported line still names exactly what {@code GET /statements/{id}} does.
     */
    @Test
    void shouldExportTopicsAndSourcesAsTheyAreAfterEveryKindOfEdit() throws Exception {
        String tag = unique();
        String editor = ApiKeys.editor();
        storeRichStatements(tag);
        String before = export(tag, "ndjson");
        assertThat(before).contains("\"parent\":\"Parent topic " + tag + "\"");

        patch(editor, "/api/v1/topics/" + Slugs.of("Plain topic " + tag), Map.of("name", "Renamed plain " + tag));
        patch(editor, "/api/v1/topics/" + Slugs.of("Parent topic " + tag), Map.of("name", "Renamed parent " + tag));
        String sourceId = given().when().get("/api/v1/statements/" + idOf("rt-" + tag + "-2"))
                .then().statusCode(200).extract().path("sources[0].id");
        patch(editor, "/api/v1/sources/" + sourceId, Map.of("title", "Edited title " + tag, "author", "A. " + tag,
                "outlet", "Edited outlet " + tag));
        String third = idOf("rt-" + tag + "-3");
        patch(editor, "/api/v1/statements/" + third, Map.of(
                "topics", List.of(Map.of("name", "Added topic " + tag, "parent", "Renamed parent " + tag),
                        "Renamed plain " + tag),
                "sources", List.of(Map.of("url", "https://news.example.org/" + tag + "/5", "outlet", "New " + tag),
                        Map.of("url", "https://news.example.org/" + tag + "/1", "attribution", "quoted"))));
        as(editor).contentType("application/json").body(Map.of("name", "Other parent " + tag))
                .when().post("/api/v1/topics").then().statusCode(201);
        patch(editor, "/api/v1/topics/" + Slugs.of("Child topic " + tag), Map.of("parent", "Other parent " + tag));
        String first = idOf("rt-" + tag + "-1");
        as(editor).contentType("application/json").body(Map.of("reason", "Withdrawn " + tag))
                .when().delete("/api/v1/statements/" + first).then().statusCode(200);

        String after = export(tag, "ndjson");
        assertThat(after).doesNotContain("Plain topic " + tag).doesNotContain("Parent topic " + tag)
                .contains("\"parent\":\"Other parent " + tag + "\"", "\"parent\":\"Renamed parent " + tag + "\"",
                        "\"title\":\"Edited title " + tag + "\"", "\"author\":\"A. " + tag + "\"",
                        "\"retractionReason\":\"Withdrawn " + tag + "\"");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = lines(after);
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            JsonNode exported = json.readTree(line);
            JsonNode stored = json.readTree(given().when()
                    .get("/api/v1/statements/" + idOf(exported.get("externalId").asText()))
                    .then().statusCode(200).extract().asString());
            assertSameField(exported, stored, "status");
            assertSameField(exported, stored, "retractionReason");
            List<String> storedTopics = names(stored.get("topics"));
            assertThat(exported.has("topics")).isEqualTo(!storedTopics.isEmpty());
            if (!storedTopics.isEmpty()) {
                assertThat(names(exported.get("topics"))).isEqualTo(storedTopics);
                for (JsonNode topic : stored.get("topics")) {
                    JsonNode parent = json.readTree(given().when().get("/api/v1/topics/" + topic.get("slug").asText())
                            .then().statusCode(200).extract().asString()).path("parent");
                    JsonNode exportedTopic = null;
                    for (JsonNode candidate : exported.get("topics")) {
                        if (candidate.get("name").equals(topic.get("name"))) {
                            exportedTopic = candidate;
                        }
                    }
                    assertThat(exportedTopic).isNotNull();
                    assertThat(exportedTopic.path("parent").asText(null)).as("parent of " + topic)
                            .isEqualTo(parent.isMissingNode() || parent.isNull() ? null : parent.get("name").asText());
                }
            }
            assertThat(exported.get("sources")).hasSameSizeAs(stored.get("sources"));
            for (int i = 0; i < stored.get("sources").size(); i++) {
                for (String field : List.of("url", "outlet", "title", "publishedOn", "attribution")) {
                    assertSameField(exported.get("sources").get(i), stored.get("sources").get(i), field);
                }
                // A citation shows no author: the source does.
                JsonNode source = json.readTree(given().when()
                        .get("/api/v1/sources/" + stored.get("sources").get(i).get("id").asText())
                        .then().statusCode(200).extract().asString());
                assertSameField(exported.get("sources").get(i), source, "author");
            }
        }
        // What an import of the export finds: every line as stored, nothing to change.
        as(editor).contentType(ImportResourceTest.NDJSON).body(bytes(after))
                .when().post(IMPORT)
                .then().statusCode(200).body("unchanged", is(3)).body("updated", is(0)).body("failed", is(0));
    }

    static void patch(String key, String path, Map<String, Object> changes) {
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        as(key).contentType("application/merge-patch+json").header("If-Match", etag).body(changes)
                .when().patch(path).then().statusCode(200);
    }

    static String idOf(String externalId) {
        return given().queryParam("externalId", externalId).queryParam("status", "all")
                .when().get("/api/v1/statements").then().statusCode(200).extract().path("items[0].id");
    }

    /** The export leaves out what is null: a field is either absent from both or equal in both. */
    private static void assertSameField(JsonNode exported, JsonNode stored, String field) {
        if (stored.get(field) == null || stored.get(field).isNull()) {
            assertThat(exported.has(field)).as(field + " left out").isFalse();
        } else {
            assertThat(exported.get(field)).as(field).isEqualTo(stored.get(field));
        }
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new java.util.ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void shouldExportWithTheFiltersOfTheSearch() {
        String word = io.verbatim.TestData.uniqueWord();
        String tag = unique();
        data.store(statement("Filtered " + tag, word + " about ships.", "2019-05-01").topics("Navy " + tag)
                        .sources(source("https://ships.example.org/" + tag, "Harbour " + tag, "told")),
                statement("Filtered " + tag, word + " about planes.", "2019-05-02").topics("Air force " + tag),
                statement("Filtered " + tag, "Nothing to find here.", "2019-05-03").topics("Navy " + tag));

        assertThat(lines(given().queryParam("q", word).when().get(EXPORT).then().statusCode(200).extract().asString()))
                .hasSize(2);
        assertThat(given().queryParam("q", word).queryParam("topic", Slugs.of("Navy " + tag))
                .when().get(EXPORT).then().statusCode(200).extract().asString())
                .contains("about ships").doesNotContain("about planes");
        assertThat(lines(given().queryParam("outlet", "harbour " + tag).when().get(EXPORT).then().statusCode(200)
                .extract().asString())).hasSize(1);
        assertThat(given().queryParam("speaker", "nobody-" + tag).when().get(EXPORT).then().statusCode(200)
                .extract().asString()).isEmpty();
        assertProblem(given().queryParam("from", "soon").when().get(EXPORT).then(), 400)
                .body("errors[0].field", is("from"));
    }

    @Test
    void shouldExportOnlyPublishedStatementsByDefaultWithinTheDates() {
        String tag = unique();
        storeRichStatements(tag);
        String body = given().queryParam("speaker", Slugs.of("Exported " + tag))
                .queryParam("from", "2019-03-02").queryParam("to", "2019-03-03")
                .when().get(EXPORT)
                .then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("application/x-ndjson"))
                .extract().asString();
        assertThat(lines(body)).hasSize(1).allMatch(line -> line.contains("Third, plain."));
    }

    @Test
    void shouldRefuseInvalidExportParameters() {
        assertInvalidParameter(given().queryParam("format", "xml").when().get(EXPORT).then(), "format");
        assertInvalidParameter(given().queryParam("status", "published").when().get(EXPORT).then(), "status");
        assertInvalidParameter(given().queryParam("from", "yesterday").when().get(EXPORT).then(), "from");
        assertInvalidParameter(given().queryParam("kind", "direct").when().get(EXPORT).then(), "kind");
        // The search's sort, paging and facets are not the export's: refused by name, never ignored.
        assertProblem(given().queryParam("sort", "x").queryParam("limit", "-1").queryParam("facets", "colour")
                .when().get(EXPORT).then(), 400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("sort", "limit", "facets"));
    }
}
