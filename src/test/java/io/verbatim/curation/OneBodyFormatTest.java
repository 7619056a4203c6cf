package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.domain.Slugs;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static io.verbatim.curation.ImportResourceTest.IMPORT;
import static io.verbatim.curation.ImportResourceTest.NDJSON;
import static io.verbatim.curation.ImportResourceTest.bytes;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * Issue 17 point 2: one statement body means the same in POST /statements and in an import line. Speaker, topic and
 * source strings resolve the same way in both: an id, else by slug, then by name (a source: by URL), else created.
 */
@QuarkusTest
class OneBodyFormatTest {

    private static final String STATEMENTS = "/api/v1/statements";

    private static Map<String, Object> line(String tag, String text) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("text", text);
        line.put("kind", "DIRECT");
        line.put("speaker", "Auditor " + tag);
        line.put("saidOn", "2022-03-04");
        line.put("topics", List.of("Public audits " + tag));
        line.put("source", Map.of("url", "https://audit.example.org/" + tag, "outlet", "Audit News " + tag));
        return line;
    }

    @Test
    void shouldAcceptTheSameLineInBothAndResolveItsStringsToTheSameThings() {
        String tag = unique();
        String editor = ApiKeys.editor();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(line(tag, "Imported first."))
                .toString();
        as(editor).contentType(NDJSON).body(bytes(json)).when().post(IMPORT)
                .then().statusCode(200).body("created", is(1)).body("failed", is(0));

        // The same JSON, posted: the topic and speaker strings name what the import created (by name, then by slug)
        Map<String, Object> posted = line(tag, "Posted second.");
        as(editor).contentType("application/json").body(posted).when().post(STATEMENTS)
                .then().statusCode(201)
                .body("speaker.slug", is(Slugs.of("Auditor " + tag)))
                .body("topics.slug", contains(Slugs.of("Public audits " + tag)));
        posted.put("text", "Posted third, by slugs.");
        posted.put("speaker", Slugs.of("Auditor " + tag));
        posted.put("topics", List.of(Slugs.of("Public audits " + tag)));
        posted.put("source", "https://audit.example.org/" + tag);
        as(editor).contentType("application/json").body(posted).when().post(STATEMENTS)
                .then().statusCode(201)
                .body("speaker.name", is("Auditor " + tag))
                .body("topics.name", contains("Public audits " + tag))
                .body("sources[0].outlet", is("Audit News " + tag));

        given().queryParam("topic", Slugs.of("Public audits " + tag)).when().get(STATEMENTS)
                .then().statusCode(200).body("total", is(3));
        given().when().get("/api/v1/speakers/" + Slugs.of("Auditor " + tag)).then().statusCode(200)
                .body("statementCount", is(3));
    }

    @Test
    void shouldCreateATopicAndSpeakerNamedByANewStringInAPostAsTheImportDoes() {
        String tag = unique();
        Map<String, Object> posted = line(tag, "New names.");
        as(ApiKeys.editor()).contentType("application/json").body(posted).when().post(STATEMENTS)
                .then().statusCode(201)
                .body("speaker.name", is("Auditor " + tag))
                .body("topics.name", contains("Public audits " + tag));
        given().when().get("/api/v1/topics/" + Slugs.of("Public audits " + tag)).then().statusCode(200)
                .body("name", is("Public audits " + tag));
    }

    @Test
    void shouldRefuseANewSourceWithoutAnOutletInBoth() {
        String tag = unique();
        String editor = ApiKeys.editor();
        Map<String, Object> body = line(tag, "Unknown source.");
        body.put("source", "https://unknown.example.org/" + tag);
        assertProblem(as(editor).contentType("application/json").body(body).when().post(STATEMENTS).then(), 400)
                .body("errors[0].field", is("source.outlet"));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(body).toString();
        as(editor).contentType(NDJSON).body(bytes(json)).when().post(IMPORT)
                .then().statusCode(200).body("created", is(0)).body("failed", is(1))
                .body("errors[0].field", is("source.outlet"));
    }
}
