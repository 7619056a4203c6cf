package io.verbatim.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * With VERBATIM_SEARCH_URL set, an OpenSearch that refuses connections or answers 429 makes statement searches a
 * 503 problem with Retry-After, as a database outage does, while reads by id and writes keep working; and every
 * request to it carries the configured basic credentials.
 */
@QuarkusTest
@TestProfile(WithFakeOpenSearch.class)
class SearchEngineOutageTest {

    private static final String STATEMENTS = "/api/v1/statements";

    @Test
    void shouldAnswer503WhenTheSearchEngineIsOverloaded() {
        assertSearchUnavailable(given().queryParam("q", "budget").when().get(STATEMENTS).then());
        assertSearchUnavailable(given().queryParam("sort", "oldest").when().get(STATEMENTS).then());
    }

    @Test
    void shouldAnswer503WhenTheSearchEngineIsUnreachableAndKeepServingTheRest() {
        FakeOpenSearch.stopServing();
        try {
            assertSearchUnavailable(given().queryParam("q", "budget").queryParam("facets", "speaker")
                    .when().get(STATEMENTS).then());
            String id = create();
            given().when().get(STATEMENTS + "/" + id).then().statusCode(200).body("id", is(id));
        } finally {
            FakeOpenSearch.restart();
        }
    }

    @Test
    void shouldSendTheConfiguredCredentials() {
        FakeOpenSearch.SEEN.clear();
        given().queryParam("q", "budget").when().get(STATEMENTS).then().statusCode(503);

        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (WithFakeOpenSearch.USERNAME + ":" + WithFakeOpenSearch.PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<FakeOpenSearch.Seen> searches = FakeOpenSearch.SEEN.stream()
                .filter(seen -> seen.path().contains("_search")).toList();
        assertThat(searches).isNotEmpty();
        assertThat(searches).allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo(expected));
    }

    private static void assertSearchUnavailable(ValidatableResponse response) {
        assertProblem(response, 503)
                .header("Retry-After", is("5"))
                .body("type", is("/problems/service-unavailable"))
                .body("title", is("Service unavailable"))
                .body("detail", is("The search engine is unreachable or overloaded right now; please retry shortly."))
                .body("instance", is(STATEMENTS))
                .body(not(containsString("127.0.0.1")))
                .body(not(containsString("rejected_execution")));
    }

    private static String create() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "We will keep the archive open.");
        body.put("kind", "DIRECT");
        body.put("speaker", Map.of("name", "Outage " + TestData.unique(), "kind", "PERSON"));
        body.put("saidOn", "2022-06-01");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + TestData.unique(), "outlet", "Example")));
        return as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then().statusCode(201).extract().path("id");
    }
}
