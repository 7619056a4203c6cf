package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import io.verbatim.config.VerbatimConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/** Committed statement changes reach a real OpenSearch node through the change record and the indexer. */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class SearchIndexerTest {

    private static final String STATEMENTS = "/api/v1/statements";
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    VerbatimConfig config;

    @Test
    void shouldIndexACreatedStatementAndItsRetraction() throws Exception {
        String word = uniqueWord();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "The " + word + " governments will look into it.");
        body.put("kind", "DIRECT");
        body.put("speaker", new LinkedHashMap<>(Map.of("name", "Indexed " + unique(), "kind", "PERSON")));
        body.put("saidOn", "2021-04-05");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + unique(), "outlet", "Example News")));
        String id = as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then().statusCode(201).extract().path("id");

        // Searchable by a stemmed word of its text (the english analyzer: "government" finds "governments")
        JsonPath found = await("/_search?q=search.english.text:" + word + "%20AND%20search.english.text:government",
                hits -> hits.getInt("hits.total.value") == 1);
        assertThat(found.getString("hits.hits[0]._id")).isEqualTo(id);
        assertThat(found.getString("hits.hits[0]._source.status")).isEqualTo("PUBLISHED");

        as(ApiKeys.editor()).contentType("application/json").body(Map.of("reason", "Test."))
                .when().delete(STATEMENTS + "/" + id).then().statusCode(200);
        JsonPath retracted = await("/_search?q=search.english.text:" + word + "%20AND%20status:RETRACTED",
                hits -> hits.getInt("hits.total.value") == 1);
        assertThat(retracted.getString("hits.hits[0]._id")).isEqualTo(id);
    }

    /** Polls the index (refreshed every second) until the answer satisfies the condition, for at most 30 s. */
    private JsonPath await(String path, Predicate<JsonPath> condition) throws Exception {
        String url = config.search().url().orElseThrow() + "/" + config.search().index() + path;
        JsonPath last = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                last = JsonPath.from(response.body());
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not indexed within 30 s: " + url + " answered " + (last == null ? "nothing" : last.prettify()));
    }
}
