package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import io.verbatim.config.VerbatimConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance searches share one point in time per rotation period instead of opening one each, which ran the node's
 * 300 out within seconds under 8 connections; and when the node refuses to open one, they are served from the live
 * index rather than failing.
 */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class OpenSearchPointInTimeTest {

    private static final int CONNECTIONS = 8;
    private static final int SEARCHES = 64;

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    TestData data;

    @Inject
    VerbatimConfig config;

    @Test
    void shouldOpenAPointInTimePerRotationNotPerSearch() throws Exception {
        String word = storeMatches();
        List<String> before = openPointsInTime();

        List<String> cursors = searchConcurrently(word);

        List<String> opened = new ArrayList<>(openPointsInTime());
        opened.removeAll(before);
        assertThat(cursors).hasSize(SEARCHES).doesNotContainNull();
        // The profile rotates only after new documents became searchable: the statements just stored make the first
        // search open one, which the concurrent ones share (one more if the indexer delivered something meanwhile).
        // Before: one per search.
        assertThat(opened).hasSizeBetween(1, 2);
        // Every first page's cursor names it
        assertThat(cursors.stream().map(OpenSearchPointInTimeTest::pointInTime).distinct())
                .hasSizeBetween(1, 2).isSubsetOf(opened);
    }

    @Test
    void shouldServeFromTheLiveIndexWhenTheNodeRefusesAPointInTime() throws Exception {
        String word = storeMatches();
        clusterSetting("0");
        try {
            // The statements just stored make this search ask for a new point in time, which the node refuses
            JsonPath first = page(word, null);
            assertThat(first.getList("items")).hasSize(2);
            assertThat(first.getLong("total")).isEqualTo(5);
            assertThat(pointInTime(first.getString("nextCursor"))).as("read from the live index").isEmpty();
            JsonPath second = page(word, first.getString("nextCursor"));
            assertThat(second.getList("items")).hasSize(2);
            assertThat(second.getList("items.id")).doesNotContainAnyElementsOf(first.getList("items.id"));
        } finally {
            clusterSetting("null");
        }
    }

    /** The point in time a relevance cursor names: its last part. */
    private static String pointInTime(String cursor) {
        String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        return plain.substring(plain.lastIndexOf('\u001f') + 1);
    }

    private String storeMatches() {
        String word = uniqueWord();
        String speaker = "Shared Snapshot " + unique();
        data.store(statement(speaker, word + " one", "2019-03-01"), statement(speaker, word + " " + word + " two", "2019-03-02"),
                statement(speaker, word + " three", "2019-03-03"), statement(speaker, word + " four", "2019-03-04"),
                statement(speaker, word + " five", "2019-03-05"));
        return word;
    }

    private List<String> searchConcurrently(String word) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<String>> searches = new ArrayList<>();
            for (int i = 0; i < SEARCHES; i++) {
                searches.add(pool.submit(() -> page(word, null).getString("nextCursor")));
            }
            List<String> cursors = new ArrayList<>();
            for (Future<String> search : searches) {
                cursors.add(search.get());
            }
            return cursors;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonPath page(String word, String cursor) {
        var request = given().queryParam("q", word).queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/v1/statements").then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the points in time open on the node. */
    private List<String> openPointsInTime() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                config.search().url().orElseThrow() + "/_search/point_in_time/_all")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.from(response.body()).getList("pits.pit_id", String.class);
    }

    /** The node's limit on open points in time (a dynamic cluster setting); "null" restores the default. */
    private void clusterSetting(String maxOpen) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                        config.search().url().orElseThrow() + "/_cluster/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"transient\": {\"search.max_open_pit_context\": " + maxOpen + "}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
