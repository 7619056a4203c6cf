package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The bounds the contract declares (maxLength on parameters and fields, headers on every answer) hold over HTTP: a
 * longer value is a 400 problem naming it, and a problem never echoes more than its declared lengths.
 */
@QuarkusTest
class ContractBoundsTest {

    private static final String STATEMENTS = "/api/v1/statements";
    private static final String ALLOWED_ORIGIN = "https://newsroom.example";

    private static Map<String, Object> statement(Map<String, Object> speaker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "We will look into it.");
        body.put("kind", "DIRECT");
        body.put("speaker", speaker);
        body.put("saidOn", "2021-04-05");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + unique(), "outlet", "Example News")));
        return body;
    }

    @Test
    void shouldRejectAWikidataIdLongerThanItsColumn() {
        Map<String, Object> speaker = Map.of("name", "Long Q " + unique(), "kind", "PERSON",
                "wikidataId", "Q" + "1".repeat(20));
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(statement(speaker))
                .when().post(STATEMENTS).then(), 400)
                .body("type", is("/problems/invalid-body"))
                .body("errors.field", hasItem("speaker.wikidataId"));
    }

    @Test
    void shouldRejectALanguageTagLongerThan35CharactersInBodiesAndQueries() {
        Map<String, Object> body = statement(Map.of("name", "Long tag " + unique(), "kind", "PERSON"));
        body.put("language", "en" + "-abcdefgh".repeat(4));
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then(), 400)
                .body("errors.field", hasItem("language"));
        assertInvalidParameter(given().queryParam("language", "en" + "-abcdefgh".repeat(4))
                .when().get(STATEMENTS).then(), "language");
    }

    @Test
    void shouldRejectAFacetsListLongerThan100Characters() {
        assertInvalidParameter(given().queryParam("facets", "speaker," .repeat(13) + "kind")
                .when().get(STATEMENTS).then(), "facets");
    }

    @Test
    void shouldRejectSpeakerAndTopicKeysLongerThanTheirSlugs() {
        assertInvalidParameter(given().when().get("/api/v1/speakers/" + "a".repeat(301)).then(), "idOrSlug")
                .body("errors[0].in", is("path"));
        assertInvalidParameter(given().when().get("/api/v1/topics/" + "a".repeat(201)).then(), "slug");
        given().when().get("/api/v1/topics/" + "a".repeat(200)).then().statusCode(404);
    }

    @Test
    void shouldRejectAnIfMatchListLongerThan1000Characters() {
        String id = "3f2c1d4e-5b6a-4789-8abc-0123456789ab";
        assertInvalidParameter(as(ApiKeys.editor()).header("If-Match", "\"x\"," .repeat(300))
                .when().delete(STATEMENTS + "/" + id).then(), "If-Match")
                .body("errors[0].in", is("header"));
    }

    @Test
    void shouldCutWhatAProblemEchoesToItsDeclaredLengths() {
        String field = "f".repeat(5000);
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(Map.of(field, 1))
                .when().post(STATEMENTS).then(), 400)
                .body("errors", hasSize(lessThanOrEqualTo(100)))
                .body("errors.field.collect { it.length() }", everyItem(lessThanOrEqualTo(300)))
                .body("detail.length()", lessThanOrEqualTo(2000));
    }

    @Test
    void shouldSendRateLimitAndCorsHeadersOnProblemsToo() {
        assertProblem(given().header("Origin", ALLOWED_ORIGIN)
                .when().get(STATEMENTS + "/3f2c1d4e-5b6a-4789-8abc-0123456789ab").then(), 404)
                .header("RateLimit", notNullValue())
                .header("RateLimit-Policy", notNullValue())
                .header("Access-Control-Allow-Origin", is(ALLOWED_ORIGIN));
        assertProblem(given().header("Origin", ALLOWED_ORIGIN).queryParam("limit", "1000")
                .when().get(STATEMENTS).then(), 400)
                .header("RateLimit", notNullValue())
                .header("Access-Control-Allow-Origin", is(ALLOWED_ORIGIN));
    }
}
